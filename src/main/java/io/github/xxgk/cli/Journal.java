package io.github.xxgk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.xxgk.Report;
import io.github.xxgk.ReportCell;
import io.github.xxgk.output.AtomicFile;
import io.github.xxgk.output.BatchStatus;
import io.github.xxgk.schema.CellKey;
import io.github.xxgk.schema.Format;
import io.github.xxgk.schema.TableId;
import io.github.xxgk.source.InputKind;
import io.github.xxgk.validate.Finding;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checkpoint of a batch: one small JSON file per extracted input, named by the input's SHA-256, in a
 * hidden folder beside the long CSV ({@code .OUT.csv.journal/}). Each entry is written atomically the moment
 * its file is done, so a killed run loses at most the files that were in flight; the final CSVs are always
 * rebuilt from the entries, in input order, so they hold every input exactly once.
 *
 * <p>Only outcomes that depend on the content alone are entries (a report, or no-tables, not-a-report, corrupt,
 * encrypted, needs-ocr, unsupported-format); timeouts, errors, unreadable files and inputs of a kind without a
 * reader are tried again on the next run. An entry written by another journal version is ignored.
 */
final class Journal {

    /** Bump when the entry layout or the extraction changes in a way that makes old entries wrong. */
    static final String VERSION = "xxgk-journal-1 " + Main.VERSION + " " + BuildStamp.get();

    /** jackson-core's streaming reader and writer: the entries are small and fixed in shape (see {@link JsonValues}). */
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;

    Journal(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        try (var s = Files.newDirectoryStream(dir, "*.tmp")) {
            for (Path p : s) {
                Files.deleteIfExists(p); // half-written entries of a killed run
            }
        }
    }

    /** The journal of the long CSV {@code output}. */
    static Path dirFor(Path output) {
        Path abs = output.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".journal");
    }

    /** Deletes every entry (for {@code --force}). */
    void clear() throws IOException {
        try (var s = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** What one input gave, as stored. {@code report} is null unless status is ok. */
    record Entry(String sha256, long bytes, String kind, BatchStatus status, String message, long milliseconds, Report report) {
    }

    static boolean journaled(BatchStatus s, String reasonCode) {
        return switch (s) {
            case TIMEOUT, ERROR -> false;
            case NOT_A_REPORT -> !"unsupported-input".equals(reasonCode);
            default -> true;
        };
    }

    /**
     * @param source the input's name: a failure's message may mention the name's extension ("named .pdf but
     *               the content is HTML"), so a failure is reused only for a name with the same extension
     */
    void write(Entry e, String source) throws IOException {
        try (AtomicFile f = AtomicFile.create(file(e.sha256()))) {
            try (JsonGenerator g = JSON.createGenerator(f.stream())) {
                g.writeStartObject();
                g.writeStringField("version", VERSION);
                g.writeStringField("extension", InputFiles.extension(Path.of(source)));
                g.writeStringField("sha256", e.sha256());
                g.writeNumberField("bytes", e.bytes());
                g.writeStringField("kind", e.kind());
                g.writeStringField("status", e.status().code());
                g.writeStringField("message", e.message());
                g.writeNumberField("milliseconds", e.milliseconds());
                if (e.report() != null) {
                    g.writeFieldName("report");
                    writeReport(g, e.report());
                }
                g.writeEndObject();
            }
            // an entry only saves redoing an extraction: one torn by a power cut reads as damaged and the
            // file is extracted again, so the entry is not forced to disk (that cost a disk wait per input)
            f.commitWithoutSync();
        }
    }

    /** The entry for this content, or null if none (or an unreadable or stale one). */
    Entry read(String sha256, String source) {
        Path p = file(sha256);
        Map<?, ?> root;
        try (JsonParser parser = JSON.createParser(p.toFile())) {
            root = JsonValues.read(parser) instanceof Map<?, ?> m ? m : null;
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // damaged entry: extract again
        }
        if (root == null || !VERSION.equals(root.get("version")) || !sha256.equals(root.get("sha256"))) {
            return null;
        }
        BatchStatus status;
        Report r;
        long bytes;
        long millis;
        try {
            status = BatchStatus.ofCode(String.valueOf(root.get("status")));
            r = root.get("report") instanceof Map<?, ?> report ? fromJson(report, source) : null;
            bytes = ((Number) root.get("bytes")).longValue();
            millis = ((Number) root.get("milliseconds")).longValue();
        } catch (RuntimeException e) {
            return null; // damaged entry: extract again
        }
        if (status == BatchStatus.OK && r == null) {
            return null;
        }
        if (r == null && !InputFiles.extension(Path.of(source)).equals(root.get("extension"))) {
            return null; // the message may name the other extension: extract again
        }
        Object message = root.get("message");
        return new Entry(sha256, bytes, (String) root.get("kind"), status, message == null ? "" : (String) message, millis, r);
    }

    private Path file(String sha256) {
        if (!SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return dir.resolve(sha256 + ".json");
    }

    // ---- a report as JSON: compact arrays, values as their exact decimal text ----------------------------

    private static void writeReport(JsonGenerator g, Report r) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().code());
        g.writeNumberField("pages", r.pages());
        g.writeStringField("agency", r.agency());
        if (r.year() != null) {
            g.writeNumberField("year", r.year());
        }
        g.writeStringField("format", r.format().code());
        g.writeBooleanField("otherSplit", r.otherSplit());
        g.writeArrayFieldStart("cells");
        for (ReportCell c : r.cells()) {
            g.writeStartArray();
            g.writeString(c.key().table().code());
            g.writeString(c.key().row());
            g.writeString(c.key().col());
            g.writeString(c.value() == null ? null : c.value().toPlainString());
            g.writeString(c.unit());
            g.writeString(c.raw());
            if (c.page() == null) {
                g.writeNull();
            } else {
                g.writeNumber(c.page());
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            g.writeStartArray();
            g.writeString(f.check());
            g.writeString(f.status().code());
            g.writeStartArray();
            for (CellKey k : f.cells()) {
                g.writeString(k.toString());
            }
            g.writeEndArray();
            g.writeString(f.left() == null ? null : f.left().toPlainString());
            g.writeString(f.right() == null ? null : f.right().toPlainString());
            g.writeString(f.message());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (String w : r.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static Report fromJson(Map<?, ?> o, String source) {
        List<ReportCell> cells = new ArrayList<>();
        for (Object x : (List<?>) o.get("cells")) {
            List<?> a = (List<?>) x;
            cells.add(new ReportCell(new CellKey(table((String) a.get(0)), (String) a.get(1), (String) a.get(2)),
                    decimal(a.get(3)), (String) a.get(4), (String) a.get(5), a.get(6) == null ? null : ((Number) a.get(6)).intValue()));
        }
        List<Finding> findings = new ArrayList<>();
        for (Object x : (List<?>) o.get("findings")) {
            List<?> a = (List<?>) x;
            List<CellKey> keys = new ArrayList<>();
            for (Object k : (List<?>) a.get(2)) {
                String[] parts = ((String) k).split("\\.", 3);
                keys.add(new CellKey(table(parts[0]), parts[1], parts[2]));
            }
            findings.add(new Finding((String) a.get(0), findingStatus((String) a.get(1)), keys, decimal(a.get(3)),
                    decimal(a.get(4)), (String) a.get(5)));
        }
        List<String> warnings = new ArrayList<>();
        for (Object w : (List<?>) o.get("warnings")) {
            warnings.add((String) w);
        }
        Object year = o.get("year");
        return new Report(source, kind((String) o.get("kind")), ((Number) o.get("pages")).intValue(), (String) o.get("agency"),
                year == null ? null : ((Number) year).intValue(), format((String) o.get("format")),
                Boolean.TRUE.equals(o.get("otherSplit")), cells, findings, warnings);
    }

    private static BigDecimal decimal(Object n) {
        return n == null ? null : new BigDecimal((String) n);
    }

    private static TableId table(String code) {
        for (TableId t : TableId.values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown table " + code);
    }

    private static Format format(String code) {
        for (Format f : Format.values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format " + code);
    }

    private static InputKind kind(String code) {
        for (InputKind k : InputKind.values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind " + code);
    }

    private static Finding.Status findingStatus(String code) {
        for (Finding.Status s : Finding.Status.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown finding status " + code);
    }
}
