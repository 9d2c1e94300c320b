package io.github.xxgk.internal.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.internal.validate.CrossYearCheck;
import io.github.xxgk.report.Finding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The review page of a batch ({@code extract … --review DIR}): one self-contained HTML file, {@code DIR/index.html},
 * with its CSS and script inline and no network use, so it opens from a USB stick.
 *
 * <p>Built like the other batch outputs, one report at a time in input order: each report goes at once into a
 * temporary data file as one compact JSON line (its values in its layout's order, its failed checks, the pages of
 * its tables); only a small list row per input and the counts stay in memory. {@link #commit} then writes the
 * page: the counts and the sortable list as HTML, the data and the layouts as JSON, and the script that draws a
 * report's grids only when it is opened, so a page of 5,000 reports loads without drawing 5,000 grids.
 */
public final class ReviewPage implements AutoCloseable {

    /** The page's file name inside the review folder. */
    public static final String FILE = "index.html";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One input's row of the list; every field is small. */
    private record ListRow(int index, String source, String href, String agency, Integer year, String format, int cells,
                           int failed, String status, Set<String> checks) {
    }

    private final Path dir;
    private final Predicate<ReportCell> lowConfidence;
    private final Path dataFile;
    private final Writer data;
    private final List<ListRow> rows = new ArrayList<>();
    private final Map<String, Integer> byStatus = new LinkedHashMap<>();
    /** Failed check → {reports, findings}. */
    private final Map<String, int[]> byCheck = new TreeMap<>();
    private final Map<String, ReviewLayout> layouts = new LinkedHashMap<>();
    /** Layout id → cell key → its index in the layout's values. */
    private final Map<String, Map<String, Integer>> slots = new LinkedHashMap<>();

    /**
     * @param dir           the review folder (created if missing)
     * @param lowConfidence which cells to mark as read with low confidence. The hook for OCR: once a cell
     *                      carries the recognizer's confidence, the batch passes a threshold test here; until
     *                      then no cell is low-confidence
     */
    public static ReviewPage open(Path dir, Predicate<ReportCell> lowConfidence) throws IOException {
        Files.createDirectories(dir);
        return new ReviewPage(dir, lowConfidence);
    }

    private ReviewPage(Path dir, Predicate<ReportCell> lowConfidence) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        this.lowConfidence = lowConfidence;
        AtomicFile.removeStale(this.dir.resolve(FILE));
        this.dataFile = Files.createTempFile(this.dir, "." + FILE + ".data.", ".tmp");
        this.data = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dataFile), StandardCharsets.UTF_8));
    }

    /** A report, with the cross-year checks the batch found for it. */
    public void addReport(String source, Report r, List<CrossYearCheck.Result> crossYear) throws IOException {
        ReviewLayout layout = layouts.computeIfAbsent(ReviewLayout.id(r.format(), r.otherSplit()),
                id -> ReviewLayout.of(r.format(), r.otherSplit()));
        Map<String, Integer> slot = slots.computeIfAbsent(layout.id(), id -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (int i = 0; i < layout.keys().size(); i++) {
                m.put(layout.keys().get(i), i);
            }
            return m;
        });
        ObjectNode o = JSON.createObjectNode();
        String href = href(source);
        o.put("s", source);
        o.put("h", href);
        o.put("k", r.kind().code());
        o.put("a", r.agency());
        if (r.year() != null) {
            o.put("y", r.year());
        }
        o.put("f", r.format().code());
        o.put("L", layout.id());
        String[] values = new String[layout.keys().size()];
        ArrayNode extra = JSON.createArrayNode();
        ArrayNode low = JSON.createArrayNode();
        // the crop of the page each named OCR'd cell was read from, so a person clears it without the source
        ObjectNode crops = JSON.createObjectNode();
        Set<String> named = new java.util.HashSet<>();
        for (Finding f : r.failures()) {
            f.cells().forEach(k -> named.add(k.toString()));
        }
        ObjectNode pages = JSON.createObjectNode();
        for (ReportCell c : r.cells()) {
            String key = c.key().toString();
            Integer at = slot.get(key);
            if (at == null) {
                extra.addArray().add(key).add(shown(c));
            } else {
                values[at] = shown(c);
                if (lowConfidence.test(c)) {
                    low.add(at);
                }
                if (c.ocr() != null && c.ocr().crop() != null && named.contains(key)) {
                    crops.put(String.valueOf(at), CropImages.dataUri(c.ocr().crop()));
                }
            }
            if (c.page() != null && !pages.has(c.key().table().code())) {
                pages.put(c.key().table().code(), c.page());
            }
        }
        ArrayNode v = o.putArray("v");
        for (String s : values) {
            if (s == null) {
                v.addNull();
            } else {
                v.add(s);
            }
        }
        if (!extra.isEmpty()) {
            o.set("x", extra);
        }
        if (!low.isEmpty()) {
            o.set("lc", low);
        }
        if (!crops.isEmpty()) {
            o.set("cr", crops);
        }
        if (!pages.isEmpty()) {
            o.set("P", pages);
        }
        ArrayNode failed = o.putArray("F");
        Set<String> checks = new LinkedHashSet<>();
        for (Finding f : r.failures()) {
            ArrayNode cells = JSON.createArrayNode();
            f.cells().forEach(k -> cells.add(k.toString()));
            failed.addArray().add(f.check()).add(f.message()).add(cells);
            count(f.check(), checks);
        }
        for (CrossYearCheck.Result x : crossYear) {
            if (x.finding().failed()) {
                ArrayNode cells = JSON.createArrayNode();
                for (String c : x.cells().split(" ")) {
                    cells.add(c); // written key@year: the page highlights those of the report's own year
                }
                failed.addArray().add(x.finding().check()).add(x.finding().message()).add(cells);
                count(x.finding().check(), checks);
            }
        }
        writeData(o);
        rows.add(new ListRow(rows.size(), source, href, r.agency(), r.year(), r.format().code(), r.cells().size(),
                failed.size(), BatchStatus.OK.code(), checks));
        byStatus.merge(BatchStatus.OK.code(), 1, Integer::sum);
    }

    /** An input that gave no report: listed with its status and message, no grid. */
    public void addFailure(String source, BatchStatus status, String message) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        String href = href(source);
        o.put("s", source);
        o.put("h", href);
        o.put("st", status.code());
        o.put("m", message);
        writeData(o);
        rows.add(new ListRow(rows.size(), source, href, null, null, null, 0, 0, status.code(), Set.of()));
        byStatus.merge(status.code(), 1, Integer::sum);
    }

    private void count(String check, Set<String> checksOfReport) {
        int[] n = byCheck.computeIfAbsent(check, k -> new int[2]);
        if (checksOfReport.add(check)) {
            n[0]++;
        }
        n[1]++;
    }

    private void writeData(ObjectNode o) throws IOException {
        if (!rows.isEmpty()) {
            data.write(",\n");
        }
        data.write(scriptSafe(JSON.writeValueAsString(o)));
    }

    private static String shown(ReportCell c) {
        return c.value() == null ? (c.raw() == null ? "" : c.raw()) : c.value().toPlainString();
    }

    /** The source as a link relative to the page, or null when it is not a file (stdin). */
    private String href(String source) {
        try {
            Path p = Path.of(source).toAbsolutePath().normalize();
            String rel = dir.relativize(p).toString().replace('\\', '/');
            return new URI(null, null, rel, null).toASCIIString();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    /** JSON inside a script element: no {@code </script>} or {@code <!--} may appear, so every '<' is escaped. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    /** Writes {@code DIR/index.html} atomically. */
    public void commit(String generator) throws IOException {
        data.close();
        try (AtomicFile file = AtomicFile.create(dir.resolve(FILE));
             Writer w = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8))) {
            ReviewHtml html = new ReviewHtml(w);
            html.head(rows.size(), generator, resource("review.css"));
            html.counts(byStatus, byCheck);
            html.startList();
            for (ListRow r : rows) {
                html.listRow(r.index(), r.source(), r.href(), r.agency(), r.year(), r.format(), r.cells(), r.failed(),
                        r.status(), r.checks());
            }
            html.endList();
            w.write("<script type=\"application/json\" id=\"xxgk-layouts\">");
            w.write(scriptSafe(JSON.writeValueAsString(layouts.values())));
            w.write("</script>\n<script type=\"application/json\" id=\"xxgk-data\">[");
            try (Reader in = Files.newBufferedReader(dataFile, StandardCharsets.UTF_8)) {
                in.transferTo(w);
            }
            w.write("]</script>\n<script>\n");
            w.write(resource("review.js"));
            w.write("</script>\n</body>\n</html>\n");
            w.flush();
            file.commit();
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        data.close();
        Files.deleteIfExists(dataFile);
    }
}
