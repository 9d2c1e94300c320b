package io.github.xxgk.internal.batch;


import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.xxgk.report.Report;
import io.github.xxgk.internal.output.AtomicFile;
import io.github.xxgk.internal.output.BatchStatus;
import io.github.xxgk.internal.output.ReportJson;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checkpoint of a batch: one small JSON file per extracted input, named by the input's SHA-256, in a
 * hidden folder beside the long CSV ({@code .OUT.csv.journal/}). Each entry is written atomically the moment
 * its file is done, so a killed run loses at most the files that were in flight; the final CSVs are always
 * rebuilt from the entries, in input order, so they hold every input exactly once.
 *
 * <p>Only outcomes that depend on the content alone are entries (a report, or no-tables, not-a-report, corrupt,
 * encrypted, needs-ocr, unsupported-format), and crashed, the verdict on an input that ended the process reading
 * it twice ({@link Crashes}); timeouts, errors, unreadable files and inputs of a kind without a reader are tried
 * again on the next run. An entry written by another journal version is ignored. The in-flight marks of the
 * reads under way ({@link InFlightMarks}) live in the same folder.
 *
 * <p>The entry's JSON ({@link #encode}, {@link #decode}) is public so that the Spark job
 * ({@code io.github.xxgk.spark.ExtractJob}) keeps the same entries in files on any Hadoop file system.
 */
public final class Journal {

    /** Bump when the entry layout or the extraction changes in a way that makes old entries wrong. */
    static final String VERSION = "xxgk-journal-1 " + BuildStamp.VERSION + " " + BuildStamp.get();

    /**
     * jackson-core's streaming writer and parser, not databind's tree: the entries are small and of a fixed
     * shape, and databind's ObjectMapper loads some 340 classes at every run's start (see {@link JsonValues}).
     */
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;

    public Journal(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        try (var s = Files.newDirectoryStream(dir, "*.tmp")) {
            for (Path p : s) {
                Files.deleteIfExists(p); // half-written entries of a killed run
            }
        }
    }

    /** The journal of the long CSV {@code output}. */
    public static Path dirFor(Path output) {
        Path abs = output.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".journal");
    }

    /** Deletes every entry (for {@code --force}). */
    public void clear() throws IOException {
        try (var s = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The build's journal version: entries and in-flight marks of another version are not used (a new build
     * may read differently, and clears the count of deaths against an input).
     */
    public static String version() {
        return VERSION;
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
    public void write(Entry e, String source) throws IOException {
        try (AtomicFile f = AtomicFile.create(file(e.sha256()))) {
            try (JsonGenerator g = JSON.createGenerator(f.stream())) {
                writeEntry(g, e, source);
            }
            // an entry only saves redoing an extraction: one torn by a power cut reads as damaged and the
            // file is extracted again, so the entry is not forced to disk (that cost a disk wait per input)
            f.commitWithoutSync();
        }
    }

    /** The entry as one line of JSON (no line break inside), as {@link #write} stores it. */
    public static String encode(Entry e, String source) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            writeEntry(g, e, source);
        } catch (IOException x) {
            throw new IllegalStateException("a journal entry is plain JSON", x);
        }
        return w.toString();
    }

    private static void writeEntry(JsonGenerator g, Entry e, String source) throws IOException {
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
            ReportJson.writeCompact(g, e.report());
        }
        g.writeEndObject();
    }

    /** The entry for this content, or null if none (or an unreadable or stale one). */
    public Entry read(String sha256, String source) {
        Path p = file(sha256);
        Map<?, ?> root;
        try (JsonParser parser = JSON.createParser(p.toFile())) {
            root = JsonValues.read(parser) instanceof Map<?, ?> m ? m : null;
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // damaged entry: extract again
        }
        return root == null ? null : decode(root, sha256, source);
    }

    /**
     * The entry in {@code json} (one {@link #encode}d line) for the input {@code source}, or null when it is
     * of another build, damaged, or a failure recorded under another extension.
     */
    public static Entry decode(String json, String source) {
        Map<?, ?> root = parse(json);
        return root == null ? null : decode(root, sha(root), source);
    }

    /** The entry's JSON object, or null when it is damaged or not an object. */
    private static Map<?, ?> parse(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            return JsonValues.read(parser) instanceof Map<?, ?> m ? m : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A field's text as databind's {@code asText()} gave it: "" when missing or null, numbers as written. */
    private static String text(Map<?, ?> o, String field) {
        Object v = o.get(field);
        return v == null ? "" : v.toString();
    }

    /** The entry's SHA-256; null for an outcome without one (a file refused before it was read). */
    private static String sha(Map<?, ?> root) {
        Object sha = root.get("sha256");
        return sha == null ? null : sha.toString();
    }

    /**
     * What an entry may be reused for, without reading its report: {@link #reuseKey(String, String, boolean)}
     * of its content, or null for an entry of another build or a damaged one.
     */
    public static String reuseKey(String json) {
        Map<?, ?> root = parse(json);
        if (root == null || !VERSION.equals(text(root, "version")) || !SHA.matcher(text(root, "sha256")).matches()) {
            return null;
        }
        return reuseKey(text(root, "sha256"), text(root, "extension"), BatchStatus.OK.code().equals(text(root, "status")));
    }

    /**
     * The key under which an input finds its entry: a report serves every copy of the content; a failure
     * only a name with the same extension (its message may say "named .pdf but …").
     */
    public static String reuseKey(String sha256, String extension, boolean ok) {
        return ok ? sha256 : sha256 + "." + extension;
    }

    private static Entry decode(Map<?, ?> root, String sha256, String source) {
        if (!VERSION.equals(text(root, "version")) || !java.util.Objects.equals(sha256, sha(root))) {
            return null;
        }
        BatchStatus status;
        Report r;
        long bytes;
        long millis;
        try {
            status = BatchStatus.ofCode(text(root, "status"));
            r = root.get("report") instanceof Map<?, ?> report ? ReportJson.readCompact(report, source) : null;
            bytes = ((Number) root.get("bytes")).longValue();
            millis = ((Number) root.get("milliseconds")).longValue();
        } catch (RuntimeException e) {
            return null; // damaged entry: extract again
        }
        if (status == BatchStatus.OK && r == null) {
            return null;
        }
        if (r == null && !text(root, "extension").equals(InputFiles.extension(Path.of(source)))) {
            return null; // the message may name the other extension: extract again
        }
        return new Entry(sha256, bytes, text(root, "kind"), status, text(root, "message"), millis, r);
    }

    private Path file(String sha256) {
        if (!SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return dir.resolve(sha256 + ".json");
    }
}
