package io.github.xxgk.cli;

import io.github.xxgk.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.XxgkException;
import io.github.xxgk.output.CsvFiles;
import io.github.xxgk.output.FindingsCsv;
import io.github.xxgk.output.JsonReport;
import io.github.xxgk.output.LongCsv;
import io.github.xxgk.output.WideGrid;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code xxgk extract INPUT... -o OUT.csv [--findings F.csv] [--wide DIR] [--json DIR]}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the standard tables of reports into the long CSV (one row per cell).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input gave its tables", "1:some input failed (one stderr line each)", "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.csv", description = "The long CSV to write ('-' for stdout).")
    Path output;

    @Option(names = "--findings", paramLabel = "F.csv", description = "Write every check of every report here.")
    Path findings;

    @Option(names = "--wide", paramLabel = "DIR", description = "Write table 三 of each report as a grid with Chinese labels.")
    Path wideDir;

    @Option(names = "--json", paramLabel = "DIR", description = "Write one JSON file per report.")
    Path jsonDir;

    @Option(names = "--bom", description = "Start CSV files with a UTF-8 BOM, so that Excel opens them right.")
    boolean bom;

    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        List<Path> files = InputFiles.expand(inputs);
        int failed = 0;
        if (wideDir != null) {
            Files.createDirectories(wideDir);
        }
        if (jsonDir != null) {
            Files.createDirectories(jsonDir);
        }
        try (OutputStream longOut = open(output); OutputStream findOut = findings == null ? null : open(findings)) {
            CSVPrinter longCsv = CsvFiles.open(longOut, bom, LongCsv.HEADER);
            CSVPrinter findCsv = findOut == null ? null : CsvFiles.open(findOut, bom, FindingsCsv.HEADER);
            for (Path file : files) {
                Report r;
                try {
                    r = Xxgk.extract(file);
                } catch (XxgkException e) {
                    err.println(e.describe());
                    failed++;
                    continue;
                }
                LongCsv.write(longCsv, r);
                if (findCsv != null) {
                    FindingsCsv.write(findCsv, r);
                }
                if (wideDir != null) {
                    try (OutputStream o = Files.newOutputStream(wideDir.resolve(OutputNames.of(file, ".t3.csv")))) {
                        WideGrid.write(o, bom, r);
                    }
                }
                if (jsonDir != null) {
                    try (OutputStream o = Files.newOutputStream(jsonDir.resolve(OutputNames.of(file, ".json")))) {
                        JsonReport.write(o, r);
                    }
                }
            }
            longCsv.flush();
            if (findCsv != null) {
                findCsv.flush();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static OutputStream open(Path p) throws IOException {
        if (p.toString().equals("-")) {
            return new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        return Files.newOutputStream(p);
    }
}
