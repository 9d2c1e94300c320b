package io.github.xxgk.internal.grid;

import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A garbled label never chooses the shape of （六）其他处理: corpus reports as copied text (tabbed.txt), their
 * （六） labels garbled the way OCR garbles them, are read with the row placed in neither shape, and COMPLETE
 * names the cells of both; the same reports as published keep their shape.
 */
class OtherShapeTest {

    private static Report extract(String id, String from, String to) throws Exception {
        String text = Files.readString(Path.of("fixtures/corpus", id, "tabbed.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return Xxgk.extract(text.replace(from, to).getBytes(StandardCharsets.UTF_8), id + "-garbled.txt");
    }

    private static List<String> completeNames(Report r) {
        return r.findings().stream().filter(f -> f.check().equals("COMPLETE") && f.failed())
                .flatMap(f -> f.cells().stream()).map(Object::toString).toList();
    }

    @Test
    void theSingle2019RowReadAsItsWordOtherIsPlacedInNeitherShape() throws Exception {
        // 002 prints the single 2019 row （六）其他处理; its number and 处理 lost leave 其他, the text of 3.其他
        Report asPublished = extract("002", "（六）其他处理", "（六）其他处理");
        assertFalse(asPublished.otherSplit());
        assertTrue(asPublished.cell(TableId.T3, "other", "total").isPresent());

        Report r = extract("002", "（六）其他处理", "其他");
        assertEquals(Format.F2019, r.format());
        assertTrue(r.cell(TableId.T3, "other_other", "total").isEmpty(), "placed as a 2021 sub-row by a guess");
        assertTrue(r.cell(TableId.T3, "other", "total").isEmpty());
        List<String> named = completeNames(r);
        assertTrue(named.contains("t3.other.natural_person") && named.contains("t3.other_other.total")
                && named.contains("t3.other_no_correction.total"), named.toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("may be （六）其他处理")), r.warnings().toString());
        // every other t3 cell is read as before
        assertEquals(asPublished.cells().size() - 7, r.cells().size());
    }

    @Test
    void theBlockLabelBesideAnUnreadSubRowIsNotTheSingleRowButTheFirstSubRowByOrder() throws Exception {
        // 004 prints the three 2021 sub-rows, the block label （六）其他处理 on the first one's line
        String first = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
        Report asPublished = extract("004", first, first);
        assertTrue(asPublished.otherSplit());
        assertTrue(asPublished.cell(TableId.T3, "other_no_correction", "total").isPresent());

        Report r = extract("004", first, "甲乙丙丁戊己庚");
        assertTrue(r.cell(TableId.T3, "other", "total").isEmpty(), "the block label chose the single 2019 row");
        // the two sub-rows whose labels are read decide the shape; the row before them is then the first sub-row by
        // the printed order, not by its label, and says so
        assertTrue(r.otherSplit());
        for (String row : List.of("other_no_correction", "other_unpaid_fee", "other_other")) {
            assertEquals(asPublished.cell(TableId.T3, row, "total").orElseThrow().value(),
                    r.cell(TableId.T3, row, "total").orElseThrow().value(), row);
        }
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("placed by its position before other_unpaid_fee as other_no_correction")),
                r.warnings().toString());
        assertEquals(List.of(), completeNames(r));
    }

    @Test
    void aSubRowReadWithoutItsNumberIsPlacedOnceItsSiblingsDecidedTheShape() throws Exception {
        // 其他 alone is also what is left of 其他处理; after 1. and 2. read as themselves it can only be 3.其他
        Report r = extract("004", "\t\t3.其他\t", "\t\t其他\t");
        assertTrue(r.otherSplit());
        assertEquals(1, r.cell(TableId.T3, "other_other", "total").orElseThrow().value().intValue());
        assertEquals(List.of(), completeNames(r));
    }
}
