package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed corpus PDFs end to end through {@link Xxgk#extract}, every cell against truth.json. */
class PdfCorpusTest {

    private static final Path CORPUS = Truth.CORPUS;

    private static Map<String, ReportCell> cells(Report r) {
        Map<String, ReportCell> got = new LinkedHashMap<>();
        r.cells().forEach(c -> got.put(c.key().toString(), c));
        return got;
    }

    /** Unruled tables (LibreOffice export with the borders removed): every cell right, t3 over two or three pages. */
    @ParameterizedTest
    @ValueSource(strings = {"002", "004", "005", "009", "012"})
    void plainPdfGivesEveryCell(String id) throws Exception {
        Truth truth = Truth.load(id);
        Report r = Xxgk.extract(CORPUS.resolve(id).resolve("plain.pdf"));
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
        assertEquals(truth.format(), r.format().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"002", "004", "005", "009", "012"})
    void chromePdfGivesEveryCell(String id) throws Exception {
        Truth truth = Truth.load(id);
        Report r = Xxgk.extract(CORPUS.resolve(id).resolve("chrome.pdf"));
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
    }

    /**
     * clipped.pdf: the t3 总计 column and the last t4 总计 lie beyond the page edge (LibreOffice
     * clipped the table), so those cells are not in the file. Every other cell is right and none is guessed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"002/clipped.pdf", "004/clipped.pdf", "009/clipped.pdf", "012/clipped.pdf"})
    void clippedWriterPdfGivesEveryCellOnThePage(String file) throws Exception {
        Truth truth = Truth.load(file.substring(0, 3));
        Report r = Xxgk.extract(CORPUS.resolve(file));
        Map<String, ReportCell> got = cells(r);
        for (Map.Entry<String, BigDecimal> e : truth.cells().entrySet()) {
            ReportCell c = got.get(e.getKey());
            boolean clipped = e.getKey().startsWith("t3.") && e.getKey().endsWith(".total")
                    || e.getKey().equals("t4.litigation_after_review.total");
            if (clipped) {
                assertTrue(c == null, e.getKey() + " is not in the file, yet given as " + (c == null ? null : "'" + c.raw() + "'"));
            } else {
                assertTrue(c != null && (e.getValue() == null ? c.value() == null : c.value() != null && c.value().compareTo(e.getValue()) == 0),
                        e.getKey() + " = " + (c == null ? "MISSING" : c.value()) + ", truth " + e.getValue());
            }
        }
    }

    /**
     * A table cut inside a column at the page's right edge (fixtures/pdf/cut/README.md): the sliver that shows is
     * blank, yet the column is not blank but cut. Its cells are missing and COMPLETE names each; every printed
     * cell is right and no cell is invented.
     */
    @Test
    void aColumnCutAtThePageEdgeIsMissingNotBlank() throws Exception {
        Path dir = Path.of("fixtures", "pdf", "cut");
        Truth truth = Truth.load(dir.resolve("004-total-cut.truth.json"));
        Report r = Xxgk.extract(dir.resolve("004-total-cut.pdf"));
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
        io.github.xxgk.report.Finding complete = r.findings().get(0);
        assertEquals("COMPLETE", complete.check());
        assertTrue(complete.failed());
        List<String> named = complete.cells().stream().map(Object::toString).toList();
        for (String row : io.github.xxgk.internal.source.pdf.TemplateFixtures.T3_ROWS) {
            assertTrue(named.contains("t3." + row + ".total"), "COMPLETE names t3." + row + ".total: " + named);
        }
        assertEquals(25, named.size(), named.toString());
    }

    /** The unruled t3 rows: block labels in cells of their own, left of the item label, values in stable columns. */
    @Test
    void unruledBlockLabelsAreCellsOfTheirOwn() throws Exception {
        Path p = CORPUS.resolve("002/plain.pdf");
        SourceDocument d = new PdfSource().read(Files.readAllBytes(p), p.toString());
        Row secret = row(d, "1.属于国家秘密");
        assertEquals(List.of("（三）不予公开", "1.属于国家秘密"), labels(secret));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), values(secret));
        Row granted = row(d, "（一）予以公开");
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开"), labels(granted));
        assertEquals(List.of("7", "0", "0", "0", "0", "0", "7"), values(granted));
        // a label wrapped over two lines is one cell, not glued to the block label beside it
        assertEquals(List.of("2.其他法律行政法规禁止公开"), labels(row(d, "2.其他法律行政法规")));
        // the 2019 t2 sections each have their own value columns: three numbers, no blank between them
        assertEquals(List.of("396", "0", "181"), values(row(d, "行政许可")));
        assertEquals(List.of("135", "75394432.52 元"), values(row(d, "政府集中采购")));

        // 012: blank cells in the t3 applicant columns keep their place (columns from the header words)
        Path q = CORPUS.resolve("012/plain.pdf");
        SourceDocument e = new PdfSource().read(Files.readAllBytes(q), q.toString());
        assertEquals(List.of("26", "", "", "", "", "", "26"), values(row(e, "一、本年新收")));
        // and on the next pages, where the table goes on without a header
        assertEquals(List.of("0", "", "", "", "", "", "0"), values(row(e, "3.要求提供公开出版物")));
        assertEquals(List.of("（四）无法提供", "1.本机关不掌握相关政府信息"), labels(row(e, "1.本机关不掌握")));
    }

    private static Row row(SourceDocument d, String label) {
        return d.rows().stream().filter(Row::tableRow)
                .filter(r -> r.cells().stream().anyMatch(c -> !c.continuation() && c.text().startsWith(label)))
                .findFirst().orElseThrow(() -> new AssertionError("no table row labelled " + label));
    }

    private static List<String> labels(Row r) {
        return r.cells().stream().filter(c -> !c.continuation() && c.text().matches(".*\\p{IsHan}.*") && !c.text().matches("[0-9.]+\\s*元"))
                .map(Cell::text).toList();
    }

    private static List<String> values(Row r) {
        int last = -1;
        for (int i = 0; i < r.cells().size(); i++) {
            Cell c = r.cells().get(i);
            if (!c.continuation() && c.text().matches(".*\\p{IsHan}.*") && !c.text().matches("[0-9.]+\\s*元")) {
                last = i;
            }
        }
        return r.cells().subList(last + 1, r.cells().size()).stream().filter(c -> !c.continuation()).map(Cell::text).toList();
    }
}
