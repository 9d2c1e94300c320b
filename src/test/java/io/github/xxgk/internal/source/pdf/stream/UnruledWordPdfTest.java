package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Unruled PDFs that LibreOffice exported from real reports' Word documents, borders removed, as published
 * reports vary them (fixtures/unruled/, made by make.py there; each truth.json read from its document's own
 * cells): every cell comes back, blank cells as blank.
 */
class UnruledWordPdfTest {

    private static final Path DIR = Path.of("fixtures/unruled");

    @ParameterizedTest
    @ValueSource(strings = {
            // zeros blank: the rows 2.–5. of （五） and 1.–2. of （六） print nothing and open page 4 above 3.其他 1 1,
            // their labels set with gaps wider than two lines (was: ten rows lost)
            "004-zero-runs",
            // 2019, zeros blank: 1.属于国家秘密 and 2.其他法律… blank at the foot of page 3, 3.–8. blank atop page 4
            // (was: two rows lost)
            "002-zero-runs",
            // the 2021 template, zeros blank: the blank last row 四、结转下年度继续办理 alone atop page 3, then the
            // next section's title (was: lost)
            "template-005-blank",
            // the 2021 template with 009's single （六）其他处理 row in place of the three sub-rows
            "template-009-single",
            // a 2021 report with the single （六） row printed blank, zeros blank around it (was: 56 cells lost)
            "004-single-blank",
            // legal-person columns blank; t3's header, its words stacked a character a line, cut by the page break
            // (业 / 构 atop the rows): only three columns of numbers, the 总计 values read as 科研机构's, silently
            "005-legal-blank",
            // zeros blank: 一、 21 … 21 alone at a page foot under the stacked header (a paragraph), the rest of t3 two
            // columns of numbers: 总计 read as 商业企业's, silently
            "009-zero-runs",
            // the （六） sub-row 1.申请人无正当理由… over three lines, 总计 2 at its top and 自然人 2 right after 公开 on its
            // second line (a label line reaching over the values, taken for a header): 自然人 read blank, 2. lost
            "template-005-six-wrap",
            // t2's block headings damaged (笫二十朵笫（五)顼): the rows are still placed by their labels and headers
            "005-t2-heading",
    })
    void everyCellComesBack(String name) throws Exception {
        Truth truth = Truth.load(DIR.resolve(name).resolve("truth.json"));
        Report r = Xxgk.extract(DIR.resolve(name).resolve("plain.pdf"));
        assertEquals(truth.year(), r.year());
        assertEquals(truth.format(), r.format().code());
        assertEquals("", truth.wrong(r), name);
        assertEquals(truth.cells().size(), truth.right(r));
        assertEquals(List.of(), truth.silent(r));
    }
}
