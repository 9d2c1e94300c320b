package io.github.xxgk.internal.batch;

import io.github.xxgk.internal.source.model.ReportSource;

import java.util.function.BiConsumer;

/**
 * Gives an {@code io.github.xxgk.Batch} a reader of its own in place of the one each input's content picks (a
 * test's stand-in: a reader that blocks, crashes or counts), without the API naming the internal reader type.
 * {@code Batch} hands over its setter when its class is initialized, so a batch that exists can always take one.
 * The batch is typed {@code Object} here because this package naming {@code Batch} would make the API package
 * and this one depend on each other.
 */
public final class BatchReader {

    private static volatile BiConsumer<Object, ReportSource> setter;

    private BatchReader() {
    }

    /** Called once, by {@code Batch}'s static initializer. */
    public static void register(BiConsumer<Object, ReportSource> batchSetter) {
        setter = batchSetter;
    }

    /** Makes {@code batch} (an {@code io.github.xxgk.Batch} not yet run) read every input with {@code reader}. */
    public static void use(Object batch, ReportSource reader) {
        BiConsumer<Object, ReportSource> s = setter;
        if (s == null) {
            throw new IllegalStateException("io.github.xxgk.Batch has not registered its reader setter");
        }
        s.accept(batch, reader);
    }
}
