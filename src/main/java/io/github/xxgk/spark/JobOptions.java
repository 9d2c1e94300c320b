package io.github.xxgk.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ExtractJob INPUT... --out DIR [--csv] [--timeout SECONDS] [--force] [--checkpoint-every N]}.
 *
 * @param inputs          Hadoop paths or globs (local folders, {@code hdfs://}, {@code s3a://}), read recursively
 * @param out             the output folder: one folder per table, and the journal {@code journal/}
 * @param csv             CSV (text, as the CLI writes it) instead of Parquet (typed)
 * @param timeoutMillis   the per-file time limit, as the CLI's {@code --timeout} (0: none)
 * @param force           empty the journal first: extract every input again
 * @param checkpointEvery a task writes its journal entries in files of this many inputs: a killed task loses at
 *                        most that many
 */
record JobOptions(List<String> inputs, String out, boolean csv, long timeoutMillis, boolean force, int checkpointEvery) {

    public static final String USAGE = "usage: ExtractJob INPUT... --out DIR [--csv] [--timeout SECONDS (default 60, 0: none)]"
            + " [--force] [--checkpoint-every N (default 8)]";

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given; " + USAGE);
        }
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("--out DIR is required; " + USAGE);
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
        boolean csv = false;
        boolean force = false;
        double timeout = 60;
        int every = 8;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out", "-o" -> out = value(args, ++i, a);
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
        return new JobOptions(inputs, out, csv, (long) (timeout * 1000), force, every);
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
