package io.github.xxgk;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row whose cells are all printed blank is a row of empty cells, not a missing row. fixtures/blankrow/002-other
 * is corpus report 002 (2019 format) with its single （六）其他处理 row printed blank: {@code &nbsp;} in
 * source.html, and from that page source.docx (LibreOffice), chrome.pdf (Chromium's print to PDF) and tabbed.txt
 * (the corpus copy with the row's values taken out). Its truth.json is 002's with those 7 cells empty.
 */
class BlankRowTest {

    private static final Path DIR = Path.of("fixtures", "blankrow", "002-other");

    @ParameterizedTest
    @ValueSource(strings = {"source.html", "source.docx", "tabbed.txt", "chrome.pdf"})
    void theBlankOtherRowIsSevenEmptyCells(String form) throws Exception {
        Truth truth = Truth.load(DIR.resolve("truth.json"));
        Report r = Xxgk.extract(DIR.resolve(form));
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
        var natural = r.cell(TableId.T3, "other", "natural_person").orElseThrow();
        assertNull(natural.value());
        assertEquals("", natural.raw());
        // every relation through the row reads its blanks as 0 and holds; nothing is missing
        assertTrue(r.failures().isEmpty(), r.failures().toString());
    }
}
