package io.github.xxgk.cli;

import io.github.xxgk.Batch;
import io.github.xxgk.internal.batch.BatchReader;
import io.github.xxgk.internal.batch.InputFiles;
import io.github.xxgk.Progress;
import io.github.xxgk.internal.batch.WorkerPool;

import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.Sources;
import io.github.xxgk.internal.source.pdf.PdfWarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code xxgk extract INPUT... -o OUT.csv [--findings F.csv] [--status S.csv] [--panel P.csv] [--sections F.csv] [--wide DIR]
 * [--json DIR] [--review DIR] [--threads N] [--timeout S] [--force]}: a batch over any number of inputs, see {@link Batch}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the standard tables of reports into the long CSV (one row per cell).",
                "Inputs are extracted in parallel; every output lists them in input order and is written atomically. "
                        + "Each finished file is checkpointed in .OUT.csv.journal/ beside the output, so a rerun into the "
                        + "same output (after a crash, Ctrl-C, or with more inputs) only extracts files it has not done; "
                        + "--force starts over."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input gave its tables", "1:some input failed (one stderr line each)", "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.csv", description = "The long CSV to write ('-' for stdout).")
    Path output;

    @Option(names = "--findings", paramLabel = "F.csv", description = "Write every check of every report here, with the cross-year checks X-1, X-2.")
    Path findings;

    @Option(names = "--status", paramLabel = "S.csv", description = "Write one row per input: hash, size, kind, what was found, status, time.")
    Path status;

    @Option(names = "--panel", paramLabel = "P.csv", description = "Write one row per report with one column per table cell (t3.granted.total ...).")
    Path panel;

    @Option(names = "--sections", paramLabel = "F.csv",
            description = "Write each report's narrative, one row per section: source,agency,year,section,number,title,text.")
    Path sections;

    @Option(names = "--wide", paramLabel = "DIR", description = "Write table 三 of each report as a grid with Chinese labels.")
    Path wideDir;

    @Option(names = "--json", paramLabel = "DIR", description = "Write one JSON file per report.")
    Path jsonDir;

    @Option(names = "--review", paramLabel = "DIR",
            description = "Write DIR/index.html: one self-contained page to review the batch (counts, a sortable list, "
                    + "each report's tables with the cells of failed checks marked).")
    Path reviewDir;

    @Option(names = "--bom", description = "Start CSV files with a UTF-8 BOM, so that Excel opens them right.")
    boolean bom;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Files extracted at once (default: one per core).")
    Integer threads;

    // The defaults are the fields' initial values, which picocli takes as defaults too: QuickExtractArgs reads a
    // command line without picocli and gets the same defaults.
    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on a file after this long, status timeout (default ${DEFAULT-VALUE}; 0: no limit).")
    double timeout = 60;

    @Option(names = "--force", description = "Extract every input again, ignoring what earlier runs into this output did.")
    boolean force;

    @Option(names = "--progress", paramLabel = "MODE",
            description = "bar, lines, none or auto (a bar on a terminal, else a line every --progress-interval s).")
    String progress = "auto";

    @Option(names = "--ocr", paramLabel = "MODE",
            description = "auto (pages without usable text: scans, pictures of tables, fonts without Unicode, text never seen), always or never.")
    String ocr = "auto";

    @Option(names = "--progress-interval", paramLabel = "SECONDS", hidden = true)
    double progressInterval = 10;

    PrintStream err = System.err;
    PrintStream out = System.out;

    /** What the last call did (for tests). */
    Batch.Summary lastRun;

    /** Reads each input; a test passes one whose speed it controls. */
    ReportSource reader = Sources::read;

    @Override
    public Integer call() throws Exception {
        String invalid = invalid();
        if (invalid != null) {
            throw new ParameterException(spec.commandLine(), invalid);
        }
        int n = threads == null ? WorkerPool.defaultThreads() : threads;
        Progress.Mode mode = switch (progress) {
            case "auto" -> Progress.auto();
            case "bar" -> Progress.Mode.BAR;
            case "lines" -> Progress.Mode.LINES;
            case "none" -> Progress.Mode.NONE;
            default -> throw new IllegalStateException("invalid() let --progress " + progress + " through");
        };
        OcrMode ocrMode = switch (ocr) {
            case "auto" -> OcrMode.AUTO;
            case "always" -> OcrMode.ALWAYS;
            case "never" -> OcrMode.NEVER;
            default -> throw new IllegalStateException("invalid() let --ocr " + ocr + " through");
        };
        List<Path> files = InputFiles.distinct(InputFiles.expand(inputs));
        if (files.stream().anyMatch(ExtractCommand::looksLikePdf)) {
            PdfWarmUp.start(); // a head start only: a wrong guess costs a little CPU, never a result
        }
        Batch batch = new Batch(files, new Batch.Outputs(output, findings, status, panel, sections, wideDir, jsonDir, reviewDir, bom),
                new Batch.Options(n, (long) (timeout * 1000), force, mode, progressInterval, ocrMode), err, out);
        BatchReader.use(batch, reader);
        lastRun = batch.run();
        return lastRun.failed() == 0 ? 0 : 1;
    }

    /** What is wrong with the options' values (a usage error), or null. */
    String invalid() {
        if (threads != null && threads < 1) {
            return "--threads must be at least 1";
        }
        if (timeout < 0) {
            return "--timeout must not be negative";
        }
        if (!List.of("auto", "bar", "lines", "none").contains(progress)) {
            return "--progress must be bar, lines, none or auto";
        }
        if (!List.of("auto", "always", "never").contains(ocr)) {
            return "--ocr must be auto, always or never";
        }
        return null;
    }

    private static boolean looksLikePdf(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
}
