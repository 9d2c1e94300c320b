package io.github.xxgk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plain {@code extract} command line without picocli, for a faster start. Picocli builds its model of a
 * command from the annotations by reflection, with annotation proxies and generic signatures, all of it run by the
 * interpreter: about a fifth of the CPU time of a one-PDF run (bench/RESULTS.md).
 *
 * <p>Only what picocli would read the same way is read here: the options of {@link ExtractCommand} as
 * {@code --name value} or {@code --name=value}, each at most once, plain decimal numbers, and inputs that do not
 * start with {@code -}. Anything else (help, version, {@code bench}, an unknown, repeated or clustered option, a
 * missing value, {@code --}, an {@code @file}, a value picocli might convert differently) gives empty, and picocli reads the line,
 * with its own messages. {@code QuickExtractArgsTest} holds this to picocli's reading of the same lines.
 */
final class QuickExtractArgs {

    private QuickExtractArgs() {
    }

    /** The command this line asks for, its fields set as picocli would set them; empty: let picocli read it. */
    static Optional<ExtractCommand> parse(String... args) {
        if (args.length < 2 || !args[0].equals("extract")) {
            return Optional.empty();
        }
        ExtractCommand cmd = new ExtractCommand();
        List<Path> inputs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) { // picocli reads an @file's lines as arguments
                return Optional.empty();
            }
            if (!arg.startsWith("-")) {
                inputs.add(Path.of(arg));
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String option = canonical(name);
            if (option == null || !seen.add(option)) {
                return Optional.empty();
            }
            if (option.equals("--bom") || option.equals("--force")) {
                if (eq >= 0) {
                    return Optional.empty();
                }
                set(cmd, option, null);
                continue;
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty() || (value.startsWith("-") && !value.equals("-")) || !set(cmd, option, value)) {
                return Optional.empty();
            }
        }
        if (inputs.isEmpty() || cmd.output == null) {
            return Optional.empty();
        }
        cmd.inputs = inputs;
        return Optional.of(cmd);
    }

    /** The long name of an option of {@link ExtractCommand}, or null for any other word. */
    private static String canonical(String name) {
        return switch (name) {
            case "-o", "--output" -> "--output";
            case "-j", "--threads" -> "--threads";
            case "--findings", "--status", "--panel", "--sections", "--wide", "--json", "--review", "--bom",
                    "--timeout", "--force", "--progress", "--ocr", "--progress-interval" -> name;
            default -> null;
        };
    }

    /** Sets the option's field; false if the value is not one this class reads the way picocli does. */
    private static boolean set(ExtractCommand cmd, String option, String value) {
        switch (option) {
            case "--output" -> cmd.output = Path.of(value);
            case "--findings" -> cmd.findings = Path.of(value);
            case "--status" -> cmd.status = Path.of(value);
            case "--panel" -> cmd.panel = Path.of(value);
            case "--sections" -> cmd.sections = Path.of(value);
            case "--wide" -> cmd.wideDir = Path.of(value);
            case "--json" -> cmd.jsonDir = Path.of(value);
            case "--review" -> cmd.reviewDir = Path.of(value);
            case "--bom" -> cmd.bom = true;
            case "--force" -> cmd.force = true;
            case "--progress" -> cmd.progress = value;
            case "--ocr" -> cmd.ocr = value;
            case "--threads" -> {
                if (!digits(value, false) || value.length() > 9) {
                    return false;
                }
                cmd.threads = Integer.parseInt(value);
            }
            case "--timeout" -> {
                if (!digits(value, true)) {
                    return false;
                }
                cmd.timeout = Double.parseDouble(value);
            }
            case "--progress-interval" -> {
                if (!digits(value, true)) {
                    return false;
                }
                cmd.progressInterval = Double.parseDouble(value);
            }
            default -> throw new IllegalArgumentException(option);
        }
        return true;
    }

    /** Decimal digits, with at most one point between digits when {@code point}: read alike by every converter. */
    private static boolean digits(String value, boolean point) {
        int points = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.' && point && i > 0 && i < value.length() - 1) {
                points++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return points <= 1;
    }
}
