package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.detect.T3HeaderWords;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.Pipeline;
import io.github.xxgk.internal.source.model.Hints;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table 三's header (and a table 二 label) as OCR read it in 100 dpi scans made by {@code tools/degrade-scans.py} (the rows below are the
 * readings of 012's and 002's dpi100.pdf, copied as the reader gave them; "<" is a position a merged cell covers).
 * The print puts the seven columns at positions 3 to 9 (自然人 3, 商业企业 4 … 其他 8, 总计 9), the truth these
 * tests hold the header readers to.
 */
class DamagedHeaderTest {

    private static final int[] PRINTED = {3, 4, 5, 6, 7, 8, 9};
    private static final String NOTE = "(本列数据的勾移关系为:第一项加第二项之和，等于第三项加第四项之和)";

    /** 012: 自然人 read as 四然人, every other label exact. */
    private static List<Row> header012() {
        return List.of(
                row(NOTE, "<", "<", "申请人情况", "<", "<", "<", "<", "<", "<"),
                row("<", "<", "<", "四然人", "法人或其他组织", "<", "<", "<", "<", "总计"),
                row("<", "<", "<", "<", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "<"));
    }

    /** 002: 总计 read as 计 and 其他 as 共他. */
    private static List<Row> header002() {
        return List.of(
                row(NOTE, "<", "<", "申请人情况", "<", "<", "<", "<", "<", "<"),
                row("<", "<", "<", "自然人", "法人或其他组织", "<", "<", "<", "<", "计"),
                row("<", "<", "<", "<", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "共他", "<"));
    }

    private static int[] read(List<Row> rows) {
        return read(rows, new ArrayList<>());
    }

    private static int[] read(List<Row> rows, List<String> warnings) {
        T3Header h = new T3Header(warnings);
        rows.forEach(h::read);
        return h.positions();
    }

    @Test
    void oneMisreadLabelTakesThePlaceTheRestOfTheHeaderPins() {
        List<String> warnings = new ArrayList<>();
        assertArrayEquals(PRINTED, read(header012(), warnings));
        assertEquals(List.of("t3 header '四然人' taken for 自然人: the one column the rest of the header lacks, where it stands"), warnings);
    }

    @Test
    void twoMisreadLabelsPinNeither() {
        int[] pos = read(header002());
        assertEquals("other_org", Schema.T3_COLUMNS.get(5).key());
        assertEquals(ValueColumns.NONE, pos[5]);
        assertEquals(ValueColumns.NONE, pos[6]);
        assertArrayEquals(new int[] {3, 4, 5, 6, 7}, java.util.Arrays.copyOf(pos, 5), "the exact labels keep their places");
    }

    @Test
    void twoLabelsThatCouldBeTheMissingColumnPinNeither() {
        // 012's header with the group heading above 自然人 misread too, as 自然 人 would be cut: 然人 and 四然人 both
        // read as 自然人 between the row's labels and 商业企业
        List<Row> rows = new ArrayList<>(header012());
        rows.set(0, row(NOTE, "<", "<", "然人", "<", "<", "<", "<", "<", "<"));
        assertEquals(ValueColumns.NONE, read(rows)[0]);
    }

    @Test
    void aLabelThatReadsAsTwoColumnsPinsNone() {
        // 其他 misread as 其计: one glyph of 其他 and one of 总计
        List<Row> rows = new ArrayList<>(header012());
        rows.set(1, row("<", "<", "<", "自然人", "法人或其他组织", "<", "<", "<", "<", "总计"));
        rows.set(2, row("<", "<", "<", "<", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其计", "<"));
        assertEquals(ValueColumns.NONE, read(rows)[5]);
        assertEquals(ValueColumns.NONE, DamagedColumnLabel.column("其计"));
        assertEquals(0, DamagedColumnLabel.column("然人"));
        assertEquals(6, DamagedColumnLabel.column("计"));
    }

    @Test
    void theTableIsRecognisedByItsHeaderWhicheverLabelsSurvived() {
        // neither 本列数据的勾稽关系 (read 勾移), nor 申请人情况 first in its row, nor 本年新收政府信息公开申请数量
        // (read 数最): the header's own labels together open table 三
        List<Row> rows = new ArrayList<>(header012());
        rows.add(row("一、本年新收政府信息公开申请数最", "<", "<", "26", "", "", "", "", "", "26"));
        assertTrue(T3HeaderWords.startsAt(rows, 0));
        assertTrue(T3HeaderWords.startsAt(header002(), 1));
        // a row of values is not a header; one own label alone is not enough
        assertFalse(T3HeaderWords.startsAt(rows, 3));
        assertFalse(T3HeaderWords.startsAt(List.of(rows.get(0), rows.get(3)), 0));
        // table 二's header is not table 三's
        assertFalse(T3HeaderWords.startsAt(List.of(row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")), 0));
    }

    @Test
    void atSeventyDpiOcrReadingsOneGlyphOffCountWithTwoExactLabels() {
        // 005 at 70 dpi: only 法人或其他组织 and 商业企业 exact; 社会公认组织 and 法律服务俱构 are one glyph off their labels
        List<Row> ocr = List.of(
                ocrRow("(本列数据的很移关系为;第一项加第二项之和，等于第三陨加第四项之和)", "<", "<", "申请人人博况", "<", "<", "<", "<", "<", "<"),
                ocrRow("<", "<", "<", "下人然人", "法人或其他组织", "<", "<", "<", "<", "总计"),
                ocrRow("<", "<", "<", "<", "商业企业", "科醋本构", "社会公认组织", "法律服务俱构", "其化", "<"));
        // the note row above names none of them (申请人人博况 is two glyphs off): the header starts at the next
        assertFalse(T3HeaderWords.startsAt(ocr, 0));
        assertTrue(T3HeaderWords.startsAt(ocr, 1));
        // the same texts printed born-digital are other labels: two of the header's own are not enough
        List<Row> printed = ocr.stream().map(r -> new Row(r.cells().stream()
                .map(c -> c.continuation() ? c : Cell.of(c.text())).toList(), 2, true)).toList();
        assertFalse(T3HeaderWords.startsAt(printed, 1));
    }

    @Test
    void aTableTwoLabelOCRMisreadByOneGlyphNamesItsRowWhenNoOtherIsAsNear() {
        // 012's dpi100.pdf read 行政处罚 as 行政处因 (3 of 4 glyphs, below the 0.8 a label needs)
        Row ocr = new Row(List.of(Cell.ocr("行政处因", new OcrNote(90f, null)), Cell.ocr("0", new OcrNote(90f, null))), 1, true);
        assertEquals("administrative_penalty", T2Labels.row(ocr).key());
        // the same text printed in a born-digital report is another label, not a misreading
        assertNull(T2Labels.row(row("行政处因", "0")));
        // one glyph off 行政处罚 and one off 行政强制: no row
        assertNull(T2Labels.oneGlyphOff("行政强罚"));
    }

    @Test
    void aTableTwoColumnLabelMisreadTakesThePlaceTheRestOfItsBlocksHeaderPins() {
        // 002 at 80 dpi: 信息内容 | 本华新制作数圾 | 本年新公开数量 | 对外公开总数二 (table 二's block (一), 2019 format)
        ColumnDef newlyMade = Schema.T2_COLUMNS_2019.get(0);
        ColumnDef newlyPublished = Schema.T2_COLUMNS_2019.get(1);
        ColumnDef totalPublished = Schema.T2_COLUMNS_2019.get(2);
        assertEquals("newly_made", newlyMade.key());
        List<ColumnDef> named = List.of(newlyPublished, totalPublished);
        assertEquals(newlyMade, T2DamagedColumn.pin(named, new int[] {2, 3}, 1, "本华新制作数圾"));
        // the same reading right of the named columns is not where the block's missing column stands
        assertNull(T2DamagedColumn.pin(named, new int[] {1, 2}, 3, "本华新制作数圾"));
        // a reading more like another table 二 column than the missing one is not taken for it
        assertNull(T2DamagedColumn.pin(named, new int[] {2, 3}, 1, "上一年项目数其"));
        // 002 at 80 dpi, blocks (五) and (六): 二一年项目数基 | 本年增/诚 | 处理决定数酸; both blocks lack 上一年项目数量 there
        ColumnDef prior = Schema.T2_COLUMNS_2019.get(3);
        assertEquals("prior_year_items", prior.key());
        assertEquals(prior, T2DamagedColumn.pin(List.of(Schema.T2_COLUMNS_2019.get(4), Schema.T2_COLUMNS_2019.get(5)),
                new int[] {2, 3}, 1, "二一年项目数基"));
    }

    @Test
    void aTableTwoRowUnderAHeaderThatLostAColumnGivesTheNamedColumnsTheirOwnCells() throws Exception {
        // 004 at 70 dpi: 本年废止件数 read as 本年度目件数, as like 本年制发件数 as 本年废止件数, so no column is pinned;
        // the row's three cells then stood under two named columns, and taken in sequence gave issued the 3 of
        // repealed with no check to name it. Truth (004's truth.json): issued 69, repealed 3, in_force 665.
        List<Row> rows = List.of(
                ocrRow("第二十条第(一)项", "<", "<", "<"),
                ocrRow("信息上内容", "本年制发件数", "本年度目件数", "现行有效件数"),
                ocrRow("规章", "0", "0", "0"),
                ocrRow("行政红范性文件", "69", "3", "665"));
        Report r = Pipeline.fromDocument(new SourceDocument("004-dpi70.pdf", InputKind.PDF, rows, 1, Hints.NONE));
        assertEquals(0, new BigDecimal("69").compareTo(r.cell(TableId.T2, "normative_documents", "issued").orElseThrow().value()));
        assertEquals(0, new BigDecimal("665").compareTo(r.cell(TableId.T2, "normative_documents", "in_force").orElseThrow().value()));
        assertTrue(r.cell(TableId.T2, "normative_documents", "repealed").isEmpty(), "the lost column's cell is named missing");
    }

    private static Row ocrRow(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(t.equals("<") ? Cell.spanned() : Cell.ocr(t, new OcrNote(95f, null)));
        }
        return new Row(cells, 1, true);
    }

    private static Row row(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(t.equals("<") ? Cell.spanned() : Cell.of(t));
        }
        return new Row(cells, 2, true);
    }
}
