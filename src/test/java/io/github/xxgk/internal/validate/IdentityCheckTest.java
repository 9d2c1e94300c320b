package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.internal.detect.Identities;
import io.github.xxgk.internal.detect.ReportIdentity;
import io.github.xxgk.internal.detect.TitleParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agency read by OCR is kept as read and named by check ID when the engine was unsure of a character or when
 * the name does not end in an agency's word (上海市人民政府办公打 for 办公厅); read surely and ending like a name, it
 * passes.
 */
class IdentityCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            上海市人民政府办公厅2023年政府信息公开工作年度报告 | 96 | pass | 上海市人民政府办公厅
            上海市人民政府办公厅2023年政府信息公开工作年度报告 | 62 | fail | low confidence
            上海市人民政府办公打2023年政府信息公开工作年度报告 | 91 | fail | does not end in an agency's word
            """)
    void anOcrAgencyIsFlaggedWhenUnsure(String title, float confidence, String status, String said) {
        ReportIdentity id = Identities.of(List.of(new TitleParser.Line(title, confidence)), Map.of(), null,
                "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。", null);
        assertEquals(title.substring(0, 10), id.agency());
        List<Finding> found = IdentityCheck.check(id);
        assertEquals(1, found.size(), found::toString);
        assertEquals(status, found.get(0).status().code(), found.get(0).message());
        assertTrue(found.get(0).message().contains(said), found.get(0).message());
    }

    /**
     * An agency read by OCR from the preamble's sentence publishing the report under its name, over two lines: the
     * lowest confidence of the lines it spans decides, as for a title; the note says it came from the text.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            94 | pass | full name printed in the text, not a title
            58 | fail | (from the report's full name printed in the text, not a title) read by OCR with low confidence
            """)
    void anAgencyFromTheReportsNameReadByOcrIsFlaggedWhenUnsure(float confidence, String status, String said) {
        List<TitleParser.Line> lines = List.of(new TitleParser.Line("根据《中华人民共和国政府信息公开条例》要求，现向社会公布沭阳县发展", 95f),
                new TitleParser.Line("和改革局2023年度政府信息公开年度报告。本年度报告所列数据的统计时限为", confidence),
                new TitleParser.Line("2023年1月1日至2023年12月31日。", 96f));
        ReportIdentity id = Identities.of(lines, Map.of(), null, "本年度报告所列数据的统计时限为2023年1月1日至2023年12月31日。", null);
        assertEquals("沭阳县发展和改革局", id.agency());
        List<Finding> found = IdentityCheck.check(id);
        assertEquals(1, found.size(), found::toString);
        assertEquals(status, found.get(0).status().code(), found.get(0).message());
        assertTrue(found.get(0).message().contains(said), found.get(0).message());
    }

    @org.junit.jupiter.api.Test
    void twoTitlesNamingTwoAgenciesFail() {
        ReportIdentity id = Identities.of(List.of(TitleParser.Line.of("沭阳县人民政府沭阳县发展和改革局2023年政府信息公开年度报告")),
                Map.of("page title or header", "沭阳县发展和改革局2023年政府信息公开年度报告"), null, null, null);
        List<Finding> found = IdentityCheck.check(id);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Finding.Status.FAIL, found.get(0).status());
        assertTrue(found.get(0).message().startsWith("agency conflict"), found.get(0).message());
    }

    /** The statistics period read as two years (the rows laid out from a scan's glyphs, the engine's own lines): named, no year. */
    @org.junit.jupiter.api.Test
    void twoReadingsOfThePeriodFail() {
        ReportIdentity id = Identities.of(List.of(), Map.of(), "沭阳县发展和改革局", "本报告所列数据统计时限为2023年1月1日至2023年12月31日。",
                null, "本 报告 所 列 数据 统计 时 限 为 2028 年 1 月 1 日 至 2028 年 12 月 31 日 。");
        List<Finding> found = IdentityCheck.check(id);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Finding.Status.FAIL, found.get(0).status());
        assertTrue(found.get(0).message().startsWith("year conflict") && found.get(0).message().contains("2023")
                && found.get(0).message().contains("2028"), found.get(0).message());
    }
}
