package io.github.xxgk.cli;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.Sources;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code xxgk extract} in this JVM and reads what it wrote. */
final class BatchTestSupport {

    static final Path CORPUS = Path.of("fixtures", "corpus");

    private BatchTestSupport() {
    }

    /** The result of one run: exit code, stderr, and the command (for {@link ExtractCommand#lastRun}). */
    record Run(int exit, String err, ExtractCommand command) {
    }

    static Run extract(List<String> args) {
        return extract(args, Sources::read);
    }

    /** A run whose inputs this reader reads (a test's, whose speed it controls). */
    static Run extract(List<String> args, ReportSource reader) {
        ExtractCommand cmd = new ExtractCommand();
        cmd.reader = reader;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cmd.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = cmd.commandLine();
        cl.setErr(new java.io.PrintWriter(cmd.err, true));
        List<String> all = new ArrayList<>(args);
        all.add("--progress=none");
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, err.toString(StandardCharsets.UTF_8), cmd);
    }

    static List<CSVRecord> csv(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return parser.getRecords();
        }
    }

    static List<String> header(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return parser.getHeaderNames();
        }
    }

    static JsonNode truth(String id) throws IOException {
        return new ObjectMapper().readTree(CORPUS.resolve(id).resolve("truth.json").toFile());
    }

    /** The status CSV without its milliseconds column: what two runs over the same inputs must agree on. */
    static String statusWithoutTimes(Path status) throws IOException {
        StringBuilder sb = new StringBuilder();
        // by name, not position: columns added after milliseconds (ocr_pages) must still be compared
        List<String> names = header(status);
        for (CSVRecord r : csv(status)) {
            for (String name : names) {
                if (!name.equals("milliseconds")) {
                    sb.append(r.get(name)).append('|');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
