package io.github.xxgk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.NarrativePart;
import io.github.xxgk.Report;
import io.github.xxgk.ReportSection;
import io.github.xxgk.ReportCell;
import io.github.xxgk.output.AtomicFile;
import io.github.xxgk.output.BatchStatus;
import io.github.xxgk.schema.CellKey;
import io.github.xxgk.source.OcrNote;
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
 *
 * <p>The entry's JSON ({@link #encode}, {@link #decode}) is public so that the Spark job
 * ({@code io.github.xxgk.spark.ExtractJob}) keeps the same entries in files on any Hadoop file system.
 */
public final class Journal {

    /** Bump when the entry layout or the extraction changes in a way that makes old entries wrong. */
    static final String VERSION = "xxgk-journal-1 " + Main.VERSION + " " + BuildStamp.get();

    private static final ObjectMapper JSON = new ObjectMapper();
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
    public record Entry(String sha256, long bytes, String kind, BatchStatus status, String message, long milliseconds, Report report) {
    }

    /** Whether an outcome depends on the content alone, so that a later run may reuse it. */
    public static boolean journaled(BatchStatus s, String reasonCode) {
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
        ObjectNode root = encodeTree(e, source);
        try (AtomicFile f = AtomicFile.create(file(e.sha256()))) {
            JSON.writeValue(f.stream(), root);
            // an entry only saves redoing an extraction: one torn by a power cut reads as damaged and the
            // file is extracted again, so the entry is not forced to disk (that cost a disk wait per input)
            f.commitWithoutSync();
        }
    }

    /** The entry as one line of JSON (no line break inside), as {@link #write} stores it. */
    public static String encode(Entry e, String source) {
        try {
            return JSON.writeValueAsString(encodeTree(e, source));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException("a journal entry is plain JSON", x);
        }
    }

    private static ObjectNode encodeTree(Entry e, String source) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("extension", InputFiles.extension(Path.of(source)));
        root.put("sha256", e.sha256());
        root.put("bytes", e.bytes());
        root.put("kind", e.kind());
        root.put("status", e.status().code());
        root.put("message", e.message());
        root.put("milliseconds", e.milliseconds());
        if (e.report() != null) {
            root.set("report", toJson(e.report()));
        }
        return root;
    }

    /** The entry for this content, or null if none (or an unreadable or stale one). */
    Entry read(String sha256, String source) {
        Path p = file(sha256);
        JsonNode root;
        try {
            root = JSON.readTree(p.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return null;
        } catch (IOException e) {
            return null; // damaged entry: extract again
        }
        return root == null ? null : decode(root, sha256, source);
    }

    /**
     * The entry in {@code json} (one {@link #encode}d line) for the input {@code source}, or null when it is
     * of another build, damaged, or a failure recorded under another extension.
     */
    public static Entry decode(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
        return root == null ? null : decode(root, sha(root), source);
    }

    /** The entry's SHA-256; null for an outcome without one (a file refused before it was read). */
    private static String sha(JsonNode root) {
        return root.hasNonNull("sha256") ? root.get("sha256").asText() : null;
    }

    /**
     * What an entry may be reused for, without reading its report: {@link #reuseKey(String, String, boolean)}
     * of its content, or null for an entry of another build or a damaged one.
     */
    public static String reuseKey(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
        if (root == null || !VERSION.equals(root.path("version").asText()) || !SHA.matcher(root.path("sha256").asText()).matches()) {
            return null;
        }
        return reuseKey(root.path("sha256").asText(), root.path("extension").asText(),
                BatchStatus.OK.code().equals(root.path("status").asText()));
    }

    /**
     * The key under which an input finds its entry: a report serves every copy of the content; a failure
     * only a name with the same extension (its message may say "named .pdf but …").
     */
    public static String reuseKey(String sha256, String extension, boolean ok) {
        return ok ? sha256 : sha256 + "." + extension;
    }

    private static Entry decode(JsonNode root, String sha256, String source) {
        if (!VERSION.equals(root.path("version").asText()) || !java.util.Objects.equals(sha256, sha(root))) {
            return null;
        }
        BatchStatus status;
        Report r;
        try {
            status = BatchStatus.ofCode(root.path("status").asText());
            r = root.has("report") ? fromJson(root.get("report"), source) : null;
        } catch (RuntimeException e) {
            return null; // damaged entry: extract again
        }
        if (status == BatchStatus.OK && r == null) {
            return null;
        }
        if (r == null && !root.path("extension").asText().equals(InputFiles.extension(Path.of(source)))) {
            return null; // the message may name the other extension: extract again
        }
        return new Entry(sha256, root.path("bytes").asLong(), root.path("kind").asText(), status,
                root.path("message").asText(""), root.path("milliseconds").asLong(), r);
    }

    private Path file(String sha256) {
        if (!SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return dir.resolve(sha256 + ".json");
    }

    // ---- a report as JSON: compact arrays, values as their exact decimal text ----------------------------

    private static ObjectNode toJson(Report r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", r.kind().code());
        o.put("pages", r.pages());
        o.put("agency", r.agency());
        if (r.year() != null) {
            o.put("year", r.year());
        }
        o.put("format", r.format().code());
        o.put("otherSplit", r.otherSplit());
        o.put("ocrPages", r.ocrPages());
        ArrayNode cells = o.putArray("cells");
        for (ReportCell c : r.cells()) {
            ArrayNode a = cells.addArray();
            a.add(c.key().table().code()).add(c.key().row()).add(c.key().col());
            a.add(c.value() == null ? null : c.value().toPlainString());
            a.add(c.unit()).add(c.raw());
            if (c.page() == null) {
                a.addNull();
            } else {
                a.add(c.page());
            }
            if (c.ocr() != null) {
                a.add(c.ocr().confidence()).add(c.ocr().otherReading());
            }
        }
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            ArrayNode a = findings.addArray();
            a.add(f.check()).add(f.status().code());
            ArrayNode keys = a.addArray();
            f.cells().forEach(k -> keys.add(k.toString()));
            a.add(f.left() == null ? null : f.left().toPlainString());
            a.add(f.right() == null ? null : f.right().toPlainString());
            a.add(f.message());
        }
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ArrayNode sections = o.putArray("sections");
        for (ReportSection s : r.sections()) {
            sections.addArray().add(s.part().code()).add(s.number()).add(s.title()).add(s.text());
        }
        return o;
    }

    private static Report fromJson(JsonNode o, String source) {
        List<ReportCell> cells = new ArrayList<>();
        for (JsonNode a : o.path("cells")) {
            cells.add(new ReportCell(new CellKey(TableId.ofCode(a.get(0).asText()), a.get(1).asText(), a.get(2).asText()),
                    decimal(a.get(3)), text(a.get(4)), text(a.get(5)), a.get(6).isNull() ? null : a.get(6).asInt(),
                    a.size() > 7 ? new OcrNote((float) a.get(7).asDouble(), text(a.get(8))) : null));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode a : o.path("findings")) {
            List<CellKey> keys = new ArrayList<>();
            for (JsonNode k : a.get(2)) {
                keys.add(CellKey.parse(k.asText()));
            }
            findings.add(new Finding(a.get(0).asText(), findingStatus(a.get(1).asText()), keys, decimal(a.get(3)),
                    decimal(a.get(4)), text(a.get(5))));
        }
        List<String> warnings = new ArrayList<>();
        o.path("warnings").forEach(w -> warnings.add(w.asText()));
        List<ReportSection> sections = new ArrayList<>();
        for (JsonNode a : o.path("sections")) {
            sections.add(new ReportSection(NarrativePart.ofCode(a.get(0).asText()), a.get(1).asText(), a.get(2).asText(), a.get(3).asText()));
        }
        return new Report(source, kind(o.path("kind").asText()), o.path("pages").asInt(), text(o.get("agency")),
                o.hasNonNull("year") ? o.get("year").asInt() : null, Format.ofCode(o.path("format").asText()),
                o.path("otherSplit").asBoolean(), cells, findings, warnings, sections, o.path("ocrPages").asInt());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
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
