package io.github.xxgk.stress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthetic reports of the stress corpus ({@link StressCorpus}) that the extractor once got wrong, committed
 * under fixtures/stress/ with their truth.json: every cell must come back.
 */
class StressFixturesTest {

    private static final Path STRESS = Path.of("fixtures/stress");

    @ParameterizedTest
    @ValueSource(strings = {
            "s02/chrome.pdf",  // browser page break between t3 rows 7. and 8. with no border on either side
            "s07/writer.pdf",  // 2019 t2 split into tables; a header row (上一年项|目数量) cut by a Word page break
            "s11/writer.pdf",  // t3 header cut by a page break: 法人或 | 其他组织 read as the 其他 column
            "s04/plain.pdf",   // unruled: one-row t2 block （九） (two numbers) read as a paragraph
            "s07/plain.pdf",   // unruled: Chrome's —— and ／ come out as ⸺ and ∕, not read as (empty) value cells
            "s14/plain.pdf",   // unruled: section heading 四、… taken as the wrapped label of the last t3 row
            "s11/plain.pdf",   // unruled: t3 header (words stacked a character a line) at the foot of the page before its rows
            "s02/plain.pdf",   // unruled: a row label wrapped over a page break; its end glued to the next row's label 3.其他
            "s12/plain.pdf",   // unruled: 三、本年度办理结果 a label row of its own, glued to the label of （一）予以公开
            "s18/plain.pdf",   // unruled: block label （三）不予公开 wrapped beside its rows; its label column not found
            "s16/plain.pdf",   // unruled: one-row t2 block （九） alone atop a page, its header at the foot of the page before
            "h03/plain.pdf",   // unruled (seed 7): block label （三）不予 set half a line off 4.保护第三 / 方合法权益 beside it; glued
            "h09/plain.pdf",   // unruled (seed 7): one-number t2 row 行政事业性收费 1234.56 atop a page, its header at the foot of the one before
            "h10/plain.pdf",   // unruled (seed 7): 2019 t2 header 本年增/ over 减, beside 信息内容 上一年项目数量 处理决定数量: three lines
            "h11/plain.pdf",   // unruled (seed 7): t3's first rows at a page foot; 三、本年 | （一）予以公开 under 一、 二、 across all label columns
            "h22/plain.pdf",   // unruled (seed 7): a number and the dash of the empty cell beside it (0 ⸺) came as one chunk, glued to the label
            "h07/plain.pdf",   // unruled (seed 7): t4 cells 0—0 in narrow columns (same), and t3's first rows at a page foot (as h11)
            "s05/plain.pdf",   // unruled: （三）不 / 予公开 beside 1.属于国家秘密 under a label row 三、本年度办理结果 of its own
            "b07/plain.pdf",   // unruled, zeros blank (--blank-zeros): t4 printing only 3 4 7 under 复议后起诉 read as review's; blank t3 rows lost
            "b15/plain.pdf",   // unruled, zeros blank, 2021: seven t3 rows all blank vanished or glued to the next label
            "b19/plain.pdf",   // unruled, zeros blank: the blank row 1.属于国家秘密 kept as a heading, its cells missing
            "b17/plain.pdf",   // unruled, zeros blank: t4 with no label text; its empty label cell read as a blank first value cell
            "b09/plain.pdf",   // unruled, zeros blank: the last t3 row 四、结转下年度继续办理 blank, left of the page's other labels: lost
            "b22/plain.pdf",   // unruled, zeros blank: a blank row wrapped over three lines atop a page (5.要求行政机关确认…): lost
            "b04/plain.pdf",   // unruled, zeros blank: eight blank t3 rows (over eight label lines) ended the table; the row after them lost
    })
    void everyCellComesBack(String file) throws Exception {
        Path path = STRESS.resolve(file);
        JsonNode root = new ObjectMapper().readTree(path.resolveSibling("truth.json").toFile());
        Report r = Xxgk.extract(path);
        assertEquals(root.get("format").asText(), r.format().code());
        assertEquals(root.get("year").asInt(), r.year());
        assertEquals(root.get("agency").asText(), r.agency());
        Map<String, ReportCell> got = new LinkedHashMap<>();
        r.cells().forEach(c -> got.put(c.key().toString(), c));
        for (JsonNode c : root.get("cells")) {
            String key = c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText();
            ReportCell cell = got.get(key);
            assertNotNull(cell, key + " missing");
            JsonNode v = c.get("value");
            if (v.isNull()) {
                assertNull(cell.value(), key + " is blank ('" + c.get("raw").asText() + "'), read as " + cell.value());
            } else {
                assertNotNull(cell.value(), key + " is " + v.asText() + ", read as blank");
                assertEquals(0, v.decimalValue().compareTo(cell.value()), key + ": raw '" + cell.raw() + "'");
            }
        }
        assertEquals(root.get("cells").size(), got.size(), "cells beyond the truth: " + got.keySet());
    }

    /**
     * Blank-zeros reports (every zero printed blank) the unruled reader does not yet get whole: whatever it gets
     * wrong, a failed finding must name (no silent error), and no fewer cells may come back than today.
     */
    @ParameterizedTest
    @CsvSource({
            "b05/plain.pdf, 180", // t3 header of characters set a space apart in narrow columns (社 会 公 · 法 律 服): an
                                  // extra or a lost column slid the total into 其他, silently
            "b06/plain.pdf, 195", // t3 header 法 律 / 服 务 / 机 构 spaced: read as two columns; every value one column left
            "b08/plain.pdf, 192", // t4 1 1 2 under 其他结果 尚未审结 总计 (header one character a line): the empty label cell
                                  // pushed them a column right; litigation_direct read 1 = 1, silently
            "b20/plain.pdf, 178", // 2021: the three （六） rows all blank, lost; COMPLETE named the 2019 row t3.other instead
    })
    void noSilentErrorWithZerosBlank(String file, int rightAtLeast) throws Exception {
        Path path = STRESS.resolve(file);
        Truth truth = Truth.load(path.resolveSibling("truth.json"));
        Report r = Xxgk.extract(path);
        assertEquals(List.of(), truth.silent(r), file + ": wrong cells no failed check names");
        assertTrue(truth.right(r) >= rightAtLeast, file + ": " + truth.right(r) + " cells right, was " + rightAtLeast
                + ": " + truth.wrong(r));
    }
}
