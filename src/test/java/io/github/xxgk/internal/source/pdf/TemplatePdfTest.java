package io.github.xxgk.internal.source.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Xxgk;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word-made PDFs with known answers: the 2021 format template filled through POI and exported by LibreOffice
 * ({@link TemplateFixtures}; the PDFs and their truth files are committed under fixtures/pdf/word/).
 */
class TemplatePdfTest {

    private static final Path WORD = Path.of("fixtures/pdf/word");

    private static Map<String, JsonNode> truth(String name) throws Exception {
        JsonNode root = new ObjectMapper().readTree(WORD.resolve(name + ".truth.json").toFile());
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode c : root.get("cells")) {
            out.put(c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText(), c.get("value"));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"template-multidigit", "template-blanks", "template-repeat-header", "template-landscape",
            "template-unruled", "template-wide-numbers"})
    void everyCellOfTheFilledTemplateComesBack(String name) throws Exception {
        Map<String, JsonNode> truth = truth(name);
        assertEquals(200, truth.size());
        Report r = Xxgk.extract(WORD.resolve(name + ".pdf"));
        assertEquals("2021", r.format().code());
        Map<String, ReportCell> got = new LinkedHashMap<>();
        r.cells().forEach(c -> got.put(c.key().toString(), c));
        assertEquals(truth.keySet(), got.keySet());
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            ReportCell c = got.get(e.getKey());
            if (e.getValue().isNull()) {
                assertNull(c.value(), e.getKey() + " was left blank, read as " + c.value());
            } else {
                assertNotNull(c.value(), e.getKey() + " is " + e.getValue().asText() + ", read as blank");
                assertEquals(0, e.getValue().decimalValue().compareTo(c.value()), e.getKey() + ": raw '" + c.raw() + "'");
                // the number as printed, not split ("1 0") nor joined with a neighbour
                assertEquals(e.getValue().asText(), c.raw(), e.getKey());
            }
            assertNotNull(c.page(), e.getKey() + " has no page");
        }
    }

    @Test
    void titleAndPagesOfTheMultiDigitFilling() throws Exception {
        Report r = Xxgk.extract(WORD.resolve("template-multidigit.pdf"));
        assertEquals("示例市统计局", r.agency());
        assertEquals(2022, r.year());
        assertEquals(1, r.cell(io.github.xxgk.report.TableId.T2, "rules", "in_force").orElseThrow().page());
        assertEquals(2, r.cell(io.github.xxgk.report.TableId.T3, "total_processed", "total").orElseThrow().page());
        assertEquals(3, r.cell(io.github.xxgk.report.TableId.T3, "carried_forward", "total").orElseThrow().page());
        assertEquals(3, r.cell(io.github.xxgk.report.TableId.T4, "litigation_after_review", "total").orElseThrow().page());
        Report b = Xxgk.extract(WORD.resolve("template-blanks.pdf"));
        assertEquals(2023, b.year());
        assertEquals("示例县教育局", b.agency());
    }

    /** t3 over three pages, its header rows repeated on each and a running header and footer between the parts. */
    @Test
    void tableOverThreePagesWithRepeatedHeaderRows() throws Exception {
        Report r = Xxgk.extract(WORD.resolve("template-repeat-header.pdf"));
        assertEquals("示例市交通运输局", r.agency());
        assertEquals(2, r.cell(io.github.xxgk.report.TableId.T3, "new_received", "total").orElseThrow().page());
        assertEquals(3, r.cell(io.github.xxgk.report.TableId.T3, "denied_enforcement_case_file", "total").orElseThrow().page());
        assertEquals(4, r.cell(io.github.xxgk.report.TableId.T3, "carried_forward", "total").orElseThrow().page());
        Report l = Xxgk.extract(WORD.resolve("template-landscape.pdf"));
        assertEquals(3, l.cell(io.github.xxgk.report.TableId.T3, "new_received", "total").orElseThrow().page());
    }

    /**
     * No borders, tall rows, t3 over three pages with repeated header rows, blank cells: not all read yet
     * (the first part's label columns, a t2 row left blank beside its label; see fixtures/pdf/word/README.md).
     * Guards what is read: every t4 cell, the parts on the later pages, and the share of all cells.
     */
    @Test
    void unruledTableOverPagesWithTallRows() throws Exception {
        Map<String, JsonNode> truth = truth("template-unruled-pages");
        Report r = Xxgk.extract(WORD.resolve("template-unruled-pages.pdf"));
        Map<String, ReportCell> got = new LinkedHashMap<>();
        r.cells().forEach(c -> got.put(c.key().toString(), c));
        int right = 0;
        StringBuilder bad = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            ReportCell c = got.get(e.getKey());
            String want = e.getValue().isNull() ? "" : e.getValue().asText();
            boolean ok = c != null && want.equals(c.raw() == null ? "" : c.raw());
            if (ok) {
                right++;
            } else {
                bad.append(e.getKey()).append('=').append(c == null ? null : c.raw()).append(' ');
            }
            String k = e.getKey();
            if (k.startsWith("t4.") || (k.startsWith("t3.") && c != null && c.page() != null && c.page() >= 3)) {
                assertTrue(ok, k + " read as " + (c == null ? null : c.raw()));
            }
        }
        assertTrue(right >= 174, right + "/200: " + bad);
    }

    /** Adjacent multi-digit cells come out as separate cells, each whole, at the reader level already. */
    @Test
    void adjacentMultiDigitNumbersAreNeitherSplitNorJoined() throws Exception {
        Path p = WORD.resolve("template-multidigit.pdf");
        SourceDocument d = new PdfSource().read(Files.readAllBytes(p), p.toString());
        Row t4 = d.rows().stream().filter(Row::tableRow).filter(r -> r.text().contains("253")).findFirst().orElseThrow();
        assertEquals("10|12|100|11|133|11|123|99|20|253|20|101|10|12|143",
                String.join("|", t4.cells().stream().map(c -> c.text()).toList()));
        Row first = d.rows().stream().filter(Row::tableRow).filter(r -> r.text().startsWith("一、本年新收")).findFirst().orElseThrow();
        assertTrue(first.text().endsWith("10\t11\t99\t3456\t305\t123\t4004") || String.join("|",
                first.cells().stream().map(c -> c.text()).toList()).endsWith("10|11|99|3456|305|123|4004"), first.text());
    }
}
