package io.github.xxgk.spark;

import org.apache.hadoop.fs.Path;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ExtractJob INPUT... --out DIR [--journal DIR] [--csv] [--timeout SECONDS] [--force] [--checkpoint-every N]}.
 *
 * @param inputs          Hadoop paths or globs (local folders, {@code hdfs://}, {@code s3a://}), read recursively
 * @param out             the output folder: one folder per table and nothing else
 * @param journal         the job's own folder (journal, in-flight marks, staged outcomes), outside {@code out}:
 *                        by default {@code .NAME.journal/} beside it, as the CLI keeps its journal beside its output
 * @param csv             CSV (text, as the CLI writes it) instead of Parquet (typed)
 * @param timeoutMillis   the per-file time limit, as the CLI's {@code --timeout} (0: none)
 * @param force           empty the journal first: extract every input again
 * @param checkpointEvery a task writes its journal entries in files of this many inputs: a killed task loses at
 *                        most that many
 */
record JobOptions(List<String> inputs, String out, String journal, boolean csv, long timeoutMillis, boolean force,
                  int checkpointEvery) {

    public static final String USAGE = "usage: ExtractJob INPUT... --out DIR [--journal DIR (default: .NAME.journal beside --out)]"
            + " [--csv] [--timeout SECONDS (default 60, 0: none)] [--force] [--checkpoint-every N (default 8)]";

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given; " + USAGE);
        }
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("--out DIR is required; " + USAGE);
        }
        if (journal == null) {
            journal = besideOut(out);
        }
        if (within(new Path(journal), new Path(out))) {
            // readers of the output folder (pandas, R's arrow, Spark) must find tables there and nothing else
            throw new IllegalArgumentException("--journal " + journal + " is inside --out " + out
                    + ": the output folder holds only the tables; give a folder outside it");
        }
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("--timeout must not be negative");
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("--checkpoint-every must be at least 1");
        }
    }

    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String journal = null;
        boolean csv = false;
        boolean force = false;
        double timeout = 60;
        int every = 8;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out", "-o" -> out = value(args, ++i, a);
                case "--journal" -> journal = value(args, ++i, a);
                case "--csv" -> csv = true;
                case "--force" -> force = true;
                case "--timeout" -> timeout = number(value(args, ++i, a), a);
                case "--checkpoint-every" -> every = (int) number(value(args, ++i, a), a);
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
                    }
                    inputs.add(a);
                }
            }
        }
        return new JobOptions(inputs, out, journal, csv, (long) (timeout * 1000), force, every);
    }

    /** {@code .NAME.journal} in the folder that holds the output folder {@code NAME}. */
    static String besideOut(String out) {
        Path p = new Path(out);
        if (p.getParent() == null) {
            throw new IllegalArgumentException("--out " + out + " is a root: give --journal DIR outside it");
        }
        return new Path(p.getParent(), "." + p.getName() + ".journal").toString();
    }

    /** Whether {@code inner} is {@code outer} or inside it, by path (file systems aside: a false alarm asks for another folder). */
    private static boolean within(Path inner, Path outer) {
        String top = outer.toUri().getPath();
        for (Path p = inner; p != null; p = p.getParent()) {
            if (p.toUri().getPath().equals(top)) {
                return true;
            }
        }
        return false;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static double number(String text, String option) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + text);
        }
    }
}
