package io.github.xxgk.internal.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML, DOCX and legacy Word (.doc) readers through the whole pipeline ({@link Xxgk}): every truth cell, the year and the format. */
class HtmlDocxEndToEndTest {

    static List<Path> inputs() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String form : List.of("source.html", "source.docx", "source.doc")) {
            for (String id : HtmlDocxCorpus.cases(form)) {
                out.add(HtmlDocxCorpus.CORPUS.resolve(id).resolve(form));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyTruthCellComesOutWithItsPublishedValue(Path input) throws Exception {
        JsonNode truth = HtmlDocxCorpus.truth(input.getParent().getFileName().toString());
        Report report = Xxgk.extract(input);
        assertEquals(truth.get("year").asInt(), report.year(), input + ": year");
        assertEquals(truth.get("format").asText(), report.format().code(), input + ": format");
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : truth.get("cells")) {
            TableId table = TableId.valueOf(c.get("table").asText().toUpperCase());
            Optional<ReportCell> got = report.cell(table, c.get("row").asText(), c.get("col").asText());
            BigDecimal expected = c.get("value").isNull() ? null : c.get("value").decimalValue();
            BigDecimal value = got.map(ReportCell::value).orElse(null);
            boolean same = expected == null ? got.isPresent() && value == null
                    : value != null && value.compareTo(expected) == 0;
            if (!same) {
                wrong.add(c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText()
                        + " expected " + expected + " got " + got.map(ReportCell::raw).orElse("nothing"));
            }
        }
        // a cell truth.json does not have is invented, as wrong as a missed one
        java.util.Set<String> known = new java.util.HashSet<>();
        truth.get("cells").forEach(c -> known.add(c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText()));
        report.cells().stream().map(c -> c.key().toString()).filter(k -> !known.contains(k)).forEach(k -> wrong.add(k + " not in truth"));
        assertEquals(List.of(), wrong, input.toString());
    }

    @Test
    void savedPageThroughThePipeline() throws Exception {
        Report report = Xxgk.extract(Path.of("fixtures", "html", "saved-page-gb2312.html"));
        assertEquals("示例县人民政府办公室", report.agency());
        assertEquals(2021, report.year());
        assertEquals(Format.F2021, report.format());
        assertEquals(0, new BigDecimal("5").compareTo(report.cell(TableId.T2, "administrative_licensing", "decisions").orElseThrow().value()));
        assertEquals(0, new BigDecimal("1.25").compareTo(report.cell(TableId.T2, "administrative_fees", "amount").orElseThrow().value()));
        assertEquals(0, new BigDecimal("12").compareTo(report.cell(TableId.T3, "new_received", "total").orElseThrow().value()));
        assertEquals(0, BigDecimal.ONE.compareTo(report.cell(TableId.T4, "review", "upheld").orElseThrow().value()));
        assertTrue(report.findings().stream().anyMatch(f -> f.check().equals("T3-A") && !f.failed()));
    }
}
