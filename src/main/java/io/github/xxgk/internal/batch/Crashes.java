package io.github.xxgk.internal.batch;

/**
 * What the deaths counted against an input make of it, the same in the CLI's batch ({@link InFlightMarks}) and
 * in the Spark job (whose marks live beside its journal). A death is a process that ended while reading the
 * input: a crash in native code, the kernel's OOM killer, an executor lost in the middle of a task.
 *
 * <p>One death does not condemn an input: a process reads several at once, and every one in flight when it
 * died gets a death, the innocent with the guilty. So an input with one death is read again, but alone, with
 * nothing else in flight in its process: if the process dies again, the input did it, and at {@link #LIMIT}
 * deaths it is not read again but given the status {@code crashed}. If it is read without the process
 * ending, its deaths are forgotten.
 */
public final class Crashes {

    /** Deaths after which an input is not read again. */
    public static final int LIMIT = 2;

    /** The status message of an input that was not read again. */
    public static final String MESSAGE = "the process ended twice while reading this file";

    private Crashes() {
    }

    /** Whether an input with this many deaths is given status crashed instead of being read. */
    public static boolean crashed(int deaths) {
        return deaths >= LIMIT;
    }

    /** Whether an input with this many deaths is read with nothing else in flight in its process. */
    public static boolean readAlone(int deaths) {
        return deaths > 0 && deaths < LIMIT;
    }
}
