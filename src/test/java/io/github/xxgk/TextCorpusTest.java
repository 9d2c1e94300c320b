package io.github.xxgk;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;
import io.github.xxgk.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text inputs of the corpus against their truth.json. */
class TextCorpusTest {

    @Test
    void seedHasAll200CellsRightAndIsConsistent() throws Exception {
        Report r = Xxgk.extract(Truth.CORPUS.resolve("seed-gd-2023/seed.txt"));
        Truth truth = Truth.load("seed-gd-2023");
        assertEquals(200, truth.cells().size());
        assertEquals(200, truth.right(r), truth.wrong(r));
        assertEquals("广东省政务服务和数据管理局", r.agency());
        assertEquals(2023, r.year());
        assertEquals(Format.F2021, r.format());
        assertTrue(r.failures().isEmpty(), () -> "failed: " + r.failures());
        // the narrative of 一、总体情况 agrees with the tables: 予以公开 67, 不予公开 4, 无法提供 40, 行政复议 4
        List<String> narrative = r.findings().stream().filter(f -> f.check().startsWith("N-"))
                .filter(f -> f.status() == Finding.Status.PASS).map(Finding::check).toList();
        assertTrue(narrative.containsAll(List.of("N-granted", "N-partially_granted", "N-denied", "N-unavailable",
                "N-not_processed", "N-carried_forward", "N-review")), narrative.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"002", "004", "005", "009", "012"})
    void tabbedTextMatchesTruth(String id) throws Exception {
        Report r = Xxgk.extract(Truth.CORPUS.resolve(id).resolve("tabbed.txt"));
        Truth truth = Truth.load(id);
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
        assertEquals(truth.year(), r.year());
        assertEquals(truth.format(), r.format().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"004", "009"})
    void layoutTextWithWrappedLabelsMatchesTruth(String id) throws Exception {
        // pdftotext -layout: no tabs, labels wrapped over lines, block labels cut in two, t4 values alone on a line
        Report r = Xxgk.extract(Path.of("fixtures/text/" + id + "-pdftotext-layout.txt"));
        Truth truth = Truth.load(id);
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
    }

    @Test
    void publishedT4ZerosFailT4aAndStayAsPublished() throws Exception {
        Report r = Xxgk.extract(Truth.CORPUS.resolve("009/tabbed.txt"));
        List<Finding> t4 = r.findings().stream().filter(f -> f.check().equals("T4-A")).toList();
        assertEquals(3, t4.size());
        Finding review = t4.get(0);
        assertEquals(Finding.Status.FAIL, review.status());
        assertEquals("t4.review.total", review.cells().get(0).toString());
        assertEquals(0, review.left().intValue());
        assertEquals(11, review.right().intValue());
        assertEquals(Finding.Status.PASS, t4.get(1).status());
        Finding afterReview = t4.get(2);
        assertEquals(Finding.Status.FAIL, afterReview.status());
        assertTrue(afterReview.cells().stream().anyMatch(k -> k.toString().equals("t4.litigation_after_review.upheld")));
        assertEquals(5, afterReview.right().intValue());
        // the published zero is kept, never "fixed"
        assertEquals(0, r.cell(TableId.T4, "review", "total").orElseThrow().value().intValue());
        assertEquals("0", r.cell(TableId.T4, "litigation_after_review", "total").orElseThrow().raw());
    }

    @Test
    void blankLegalPersonColumnsStayEmptyAndRelationsReadThemAsZero() throws Exception {
        Report r = Xxgk.extract(Truth.CORPUS.resolve("012/tabbed.txt"));
        assertEquals(null, r.cell(TableId.T3, "granted", "commercial_enterprise").orElseThrow().value());
        assertEquals(26, r.cell(TableId.T3, "granted", "total").orElseThrow().value().intValue());
        assertFalse(r.findings().stream().anyMatch(f -> f.check().equals("T3-C") && f.status() == Finding.Status.FAIL));
        Finding granted = r.findings().stream().filter(f -> f.check().equals("T3-C")
                && f.cells().get(0).toString().equals("t3.granted.total")).findFirst().orElseThrow();
        assertEquals(Finding.Status.PASS, granted.status());
        assertTrue(granted.message().contains("empty, read as 0: t3.granted.commercial_enterprise"), granted.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK", "UTF-8 BOM", "UTF-16LE BOM"})
    void encodingsAreDetected(String encoding) throws Exception {
        String text = java.nio.file.Files.readString(Truth.CORPUS.resolve("seed-gd-2023/seed.txt"));
        byte[] bytes = switch (encoding) {
            case "UTF-8 BOM" -> ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case "UTF-16LE BOM" -> ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
            default -> text.getBytes(java.nio.charset.Charset.forName(encoding));
        };
        Report r = Xxgk.extract(bytes, "seed-" + encoding + ".txt");
        assertEquals(200, Truth.load("seed-gd-2023").right(r));
        assertEquals("广东省政务服务和数据管理局", r.agency());
    }

    @Test
    void inputStreamApiGivesTheSameReport() throws Exception {
        Path seed = Truth.CORPUS.resolve("seed-gd-2023/seed.txt");
        try (var in = java.nio.file.Files.newInputStream(seed)) {
            Report r = Xxgk.extract(in, "seed.txt");
            assertEquals(Xxgk.extract(seed).cells().size(), r.cells().size());
            assertEquals("seed.txt", r.source());
        }
    }
}
