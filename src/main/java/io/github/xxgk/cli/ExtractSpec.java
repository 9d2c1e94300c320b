package io.github.xxgk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of the {@code extract} command that picocli reads its command line with, built in code. From
 * annotations picocli would build it by reflection (annotation proxies, generic signatures, all of it run by the
 * interpreter at every start, for a command that reads one PDF in about a second); built here it is a few objects.
 * The parsing, the usage message and the error messages are picocli's own either way.
 */
final class ExtractSpec {

    private ExtractSpec() {
    }

    static CommandLine commandLine(ExtractCommand target) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(target).name("extract");
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "every input gave its tables");
        exitCodes.put("1", "some input failed (one stderr line each)");
        exitCodes.put("2", "usage error");
        spec.usageMessage()
                .description("Extract the standard tables of reports into the long CSV (one row per cell).",
                        "Inputs are extracted in parallel; every output lists them in input order and is written atomically. "
                                + "Each finished file is checkpointed in .OUT.csv.journal/ beside the output, so a rerun into the "
                                + "same output (after a crash, Ctrl-C, or with more inputs) only extracts files it has not done; "
                                + "--force starts over.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes);
        Main.addHelpOptions(spec);
        Field in = new Field(target, "INPUT");
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("INPUT").type(List.class)
                .auxiliaryTypes(Path.class).description("Report files or folders (searched recursively).")
                .getter(in).setter(in).build());
        spec.addOption(option(target, Path.class, "OUT.csv", "The long CSV to write ('-' for stdout).", "-o", "--output")
                .required(true).build());
        spec.addOption(option(target, Path.class, "F.csv",
                "Write every check of every report here, with the cross-year checks X-1, X-2.", "--findings").build());
        spec.addOption(option(target, Path.class, "S.csv",
                "Write one row per input: hash, size, kind, what was found, status, time.", "--status").build());
        spec.addOption(option(target, Path.class, "P.csv",
                "Write one row per report with one column per table cell (t3.granted.total ...).", "--panel").build());
        spec.addOption(option(target, Path.class, "F.csv",
                "Write each report's narrative, one row per section: source,agency,year,section,number,title,text.", "--sections").build());
        spec.addOption(option(target, Path.class, "DIR", "Write table 三 of each report as a grid with Chinese labels.", "--wide").build());
        spec.addOption(option(target, Path.class, "DIR", "Write one JSON file per report.", "--json").build());
        spec.addOption(option(target, Path.class, "DIR",
                "Write DIR/index.html: one self-contained page to review the batch (counts, a sortable list, "
                        + "each report's tables with the cells of failed checks marked).", "--review").build());
        spec.addOption(option(target, boolean.class, null, "Start CSV files with a UTF-8 BOM, so that Excel opens them right.", "--bom").build());
        spec.addOption(option(target, Integer.class, "N", "Files extracted at once (default: one per core).", "-j", "--threads").build());
        spec.addOption(option(target, double.class, "SECONDS",
                "Give up on a file after this long, status timeout (default ${DEFAULT-VALUE}; 0: no limit).", "--timeout").build());
        spec.addOption(option(target, boolean.class, null,
                "Extract every input again, ignoring what earlier runs into this output did.", "--force").build());
        spec.addOption(option(target, String.class, "MODE",
                "bar, lines, none or auto (a bar on a terminal, else a line every --progress-interval s).", "--progress").build());
        spec.addOption(option(target, String.class, "MODE",
                "auto (pages without usable text: scans, pictures of tables, fonts without Unicode, text never seen), "
                        + "always or never.", "--ocr").build());
        spec.addOption(option(target, double.class, "SECONDS", null, "--progress-interval").hidden(true).build());
        target.spec = spec;
        return new CommandLine(spec);
    }

    private static OptionSpec.Builder option(ExtractCommand target, Class<?> type, String label,
                                             String description, String... names) {
        Field f = new Field(target, names[names.length - 1]);
        OptionSpec.Builder b = OptionSpec.builder(names).type(type).getter(f).setter(f)
                .initialValue(f.get()).hasInitialValue(true);
        if (label != null) {
            b.paramLabel(label);
        }
        if (description != null) {
            b.description(description);
        }
        return b;
    }

    /** One of the command's fields, by its option's long name, as picocli reads and sets it. */
    private record Field(ExtractCommand c, String name) implements IGetter, ISetter {

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (name) {
                case "INPUT" -> c.inputs;
                case "--output" -> c.output;
                case "--findings" -> c.findings;
                case "--status" -> c.status;
                case "--panel" -> c.panel;
                case "--sections" -> c.sections;
                case "--wide" -> c.wideDir;
                case "--json" -> c.jsonDir;
                case "--review" -> c.reviewDir;
                case "--bom" -> c.bom;
                case "--threads" -> c.threads;
                case "--timeout" -> c.timeout;
                case "--force" -> c.force;
                case "--progress" -> c.progress;
                case "--ocr" -> c.ocr;
                case "--progress-interval" -> c.progressInterval;
                default -> throw new IllegalArgumentException(name);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (name) {
                case "INPUT" -> c.inputs = (List<Path>) value;
                case "--output" -> c.output = (Path) value;
                case "--findings" -> c.findings = (Path) value;
                case "--status" -> c.status = (Path) value;
                case "--panel" -> c.panel = (Path) value;
                case "--sections" -> c.sections = (Path) value;
                case "--wide" -> c.wideDir = (Path) value;
                case "--json" -> c.jsonDir = (Path) value;
                case "--review" -> c.reviewDir = (Path) value;
                case "--bom" -> c.bom = (Boolean) value;
                case "--threads" -> c.threads = (Integer) value;
                case "--timeout" -> c.timeout = (Double) value;
                case "--force" -> c.force = (Boolean) value;
                case "--progress" -> c.progress = (String) value;
                case "--ocr" -> c.ocr = (String) value;
                case "--progress-interval" -> c.progressInterval = (Double) value;
                default -> throw new IllegalArgumentException(name);
            }
            return old;
        }
    }
}
