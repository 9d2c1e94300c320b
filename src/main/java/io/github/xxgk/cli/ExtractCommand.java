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
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code xxgk extract INPUT... -o OUT.csv [--findings F.csv] [--status S.csv] [--panel P.csv] [--sections F.csv] [--wide DIR]
 * [--json DIR] [--review DIR] [--threads N] [--timeout S] [--force]}: a batch over any number of inputs, see {@link Batch}.
 * Its command line is read by picocli from the model {@link ExtractSpec} builds in code.
 */
public final class ExtractCommand implements Callable<Integer> {

    CommandSpec spec;

    List<Path> inputs;
    Path output;
    Path findings;
    Path status;
    Path panel;
    Path sections;
    Path wideDir;
    Path jsonDir;
    Path reviewDir;
    boolean bom;
    Integer threads;
    // the fields' initial values are the defaults, which the usage message shows
    double timeout = 60;
    boolean force;
    String progress = "auto";
    String ocr = "auto";
    double progressInterval = 10;

    PrintStream err = System.err;
    PrintStream out = System.out;

    /** What the last call did (for tests). */
    Batch.Summary lastRun;

    /** Reads each input; a test passes one whose speed it controls. */
    ReportSource reader = Sources::read;

    /** The command line that reads an {@code extract} line's arguments (the word extract left out) into this command. */
    public CommandLine commandLine() {
        return ExtractSpec.commandLine(this);
    }

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
        if (files.stream().map(Path::toString).anyMatch(ExtractCommand::looksLikePdf)) {
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

    static boolean looksLikePdf(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
}
