package io.github.xxgk.internal.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            广东省政务服务和数据管理局 2023 年 政府信息公开工作年度报告 | 广东省政务服务和数据管理局 | 2023
            洪泽区人民政府2023年政府信息公开工作年度报告               | 洪泽区人民政府             | 2023
            2022年度沭阳县发展和改革局政府信息公开年度报告              | 沭阳县发展和改革局         | 2022
            某某市教育局关于2021年度政府信息公开工作年度报告            | 某某市教育局               | 2021
            某某镇人民政府二〇二〇年政府信息公开工作年度报告            | 某某镇人民政府             | 2020
            某某市人民政府办公室政府信息公开工作年度报告（2023年度）     | 某某市人民政府办公室       | 2023
            某某县人民政府信息公开工作年度报告（2022年）                | 某某县人民政府             | 2022
            """)
    void agencyAndYearFromTheTitle(String title, String agency, int year) {
        TitleParser.Title t = TitleParser.parse(List.of(title), null, null);
        assertEquals(agency, t.agency());
        assertEquals(year, t.year());
    }

    @Test
    void aTitleOverTwoLinesTakesTheAgencyFromTheFirst() {
        TitleParser.Title t = TitleParser.parse(List.of("某某县人民政府办公室", "2023年政府信息公开工作年度报告"), null, null);
        assertEquals("某某县人民政府办公室", t.agency());
        assertEquals(2023, t.year());
    }

    @Test
    void theMetadataBoxGivesTheAgencyWhenTheTitleLacksIt() {
        TitleParser.Title t = TitleParser.parse(List.of("2023年政府信息公开工作年度报告"), null, "某某市统计局");
        assertEquals("某某市统计局", t.agency());
        assertEquals(2023, t.year());
    }

    @Test
    void aTitleWrappedAtThePageWidth() {
        TitleParser.Title t = TitleParser.parse(List.of("平潭综合实验区 2019 年政府信息公开工作年度", "报告", "根据《条例》…"), null, null);
        assertEquals("平潭综合实验区", t.agency());
        assertEquals(2019, t.year());
    }

    @Test
    void withoutATitleTheStatisticsPeriodGivesTheYear() {
        TitleParser.Title t = TitleParser.parse(List.of("本报告根据《条例》编制而成。"), null, null,
                "本报告中所列数据统计时限为 2022 年1 月1日至 2022 年12 月31日。");
        assertEquals(2022, t.year());
    }

    @Test
    void proseIsNotATitle() {
        TitleParser.Title t = TitleParser.parse(List.of("本报告由办公室编制。"), null, null);
        assertNull(t.year());
        assertNull(t.agency());
    }

    /** Real titles (corpus and the reports of the issue), each with the agency and year it prints. */
    static final List<String[]> TITLES = List.of(
            new String[] {"平潭综合实验区管委会办公室 2019 年度政府信息公开工作年度报告", "平潭综合实验区管委会办公室", "2019"},
            new String[] {"洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府", "2023"},
            new String[] {"沭阳县发展和改革局2023年政府信息公开年度报告", "沭阳县发展和改革局", "2023"},
            new String[] {"2023年度广东省政务服务和数据管理局政府信息公开工作年度报告", "广东省政务服务和数据管理局", "2023"});

    /** A line above the title that is not part of it, and the preamble under it. */
    private static final String ABOVE = "索引号：11320000014000000G/2024-00012";
    private static final String BELOW = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，现向社会公布本报告。";

    /** Every way of breaking a title into two lines, and into three: each gives the whole agency and the year. */
    @Test
    void aTitleBrokenAnywhereIntoTwoOrThreeLines() {
        int cases = 0;
        for (String[] t : TITLES) {
            String title = t[0];
            for (int i = 1; i < title.length(); i++) {
                assertTitle(t, List.of(ABOVE, title.substring(0, i), title.substring(i), BELOW));
                cases++;
                for (int j = i + 1; j < title.length(); j++) {
                    assertTitle(t, List.of(ABOVE, title.substring(0, i), title.substring(i, j), title.substring(j), BELOW));
                    cases++;
                }
            }
        }
        assertTrue(cases > 1000, "cases: " + cases);
    }

    private static void assertTitle(String[] expected, List<String> lines) {
        TitleParser.Title t = TitleParser.parse(lines, null, null);
        assertEquals(expected[1], t.agency(), lines::toString);
        assertEquals(Integer.valueOf(expected[2]), t.year(), lines::toString);
    }

    /**
     * Prose that quotes a title, or a notice's title broken where the agency would stand, is no title: the
     * fragments unruled PDFs once gave ("展和改革局", "于编制公布", "计期限从", "编制") are refused.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，现向社会公布沭阳县发 | 展和改革局2023 年度政府信息公开年度报告。本年度报告所列数据的统计时限为2023年1 月1
            根据《中华人民共和国政府信息公开条例》（以下简称《条例》）、《福建省人民政府办公厅关 | 于编制公布2021 年政府信息公开工作年度报告有关事项的通知》等文件要求，我区编制完成了
            本报告所列数据的统 | 计期限从2019年1月1日起至2019年12月31日止。本报告为2019年政府信息公开工作年度报告
            根据国务院办公厅要求 | 编制2019年政府信息公开工作年度报告
            法》（以下简称《办法》）及区管委会办公室关于做好2019年政府信息公开工作年度报告 | 编制工作的通知要求
            """)
    void proseIsNeverTakenForAnAgency(String first, String second) {
        TitleParser.Title t = TitleParser.parse(List.of(first, second), null, null);
        assertNull(t.agency(), () -> "agency " + t.agency());
    }

    @Test
    void theDocumentTitleOfAPdfGivesTheAgencyWhenThePageLostIt() {
        ReportIdentity id = Identities.of(List.of(TitleParser.Line.of("2023 年政府信息公开工作年度报告")),
                java.util.Map.of("document title", "洪泽区人民政府<br>2023年政府信息公开工作年度报告"), null, null, null);
        assertEquals("洪泽区人民政府", id.agency());
        assertEquals("document title", id.agencyFrom());
        assertEquals(2023, id.year());
    }

    @Test
    void aPageTitleWithTheSiteNameAfterASeparator() {
        ReportIdentity id = Identities.of(List.of(), java.util.Map.of("page title or header", "沭阳县发展和改革局2023年政府信息公开年度报告_沭阳县人民政府"),
                null, null, null);
        assertEquals("沭阳县发展和改革局", id.agency());
        assertEquals(2023, id.year());
    }

    @Test
    void thePublisherBoxGivesTheAgencyOnlyWhenItIsAName() {
        assertEquals("沭阳县发展和改革局", Identities.of(List.of(), java.util.Map.of(), "沭阳县发展和改革局", null, null).agency());
        ReportIdentity site = Identities.of(List.of(), java.util.Map.of(), "本网", null, null);
        assertNull(site.agency());
        assertTrue(site.refused().contains("本网"), site.refused());
    }

    @Test
    void anOcrTitleKeepsWhatItReadEvenWithoutAnAgencysLastWord() {
        ReportIdentity id = Identities.of(List.of(new TitleParser.Line("上海市人民政府办公打2023年政府信息公开工作年度报告", 91f)),
                java.util.Map.of(), null, null, null);
        assertEquals("上海市人民政府办公打", id.agency());
        assertEquals(91f, id.ocrConfidence());
        // the same text in a born-digital file is no name
        assertNull(TitleParser.parse(List.of("上海市人民政府办公打2023年政府信息公开工作年度报告"), null, null).agency());
    }

    @Test
    void anOcrTitleWhoseYearIsGarbledStillGivesTheAgencyAndThePeriodTheYear() {
        ReportIdentity id = Identities.of(List.of(new TitleParser.Line("洪 泽区人民政府", null),
                        new TitleParser.Line("202年 3政府 信息公开工作年度报告", null)), java.util.Map.of(), null,
                "报告中所列数据统计期 限自 2023 42.18 1 Hite\n78 202年312 月 31 日止。", null);
        assertEquals("洪泽区人民政府", id.agency());
        assertNull(id.titleYear());
        assertEquals(2023, id.periodYear());
        assertEquals(2023, id.year());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            淮安市洪泽区人民政府办公室\\n2024年1月20日 | 2024
            二〇二四年一月十八日                       | 2024
            沭阳县发展和改革局                          |
            """)
    void theYearOfTheDateSigned(String signature, Integer year) {
        assertEquals(year, Identities.signatureYear(signature.replace("\\n", "\n")));
    }

    /** The body's title and the page's title naming different agencies: the body's is kept, the other recorded for ID. */
    @Test
    void anotherTitleNamingAnotherAgencyIsRecorded() {
        ReportIdentity id = Identities.of(List.of(TitleParser.Line.of("沭阳县人民政府沭阳县发展和改革局2023年政府信息公开年度报告")),
                java.util.Map.of("page title or header", "沭阳县发展和改革局2023年政府信息公开年度报告"), null, null, null);
        assertEquals("沭阳县人民政府沭阳县发展和改革局", id.agency());
        assertEquals("'沭阳县发展和改革局' (page title or header)", id.otherAgency());
    }

    /** A title that prints no year: the agency is the title's, the year the statistics period's. */
    @Test
    void aTitleWithoutAYearTakesItFromThePeriod() {
        ReportIdentity id = Identities.of(List.of(TitleParser.Line.of("某某市统计局政府信息公开工作年度报告"),
                        TitleParser.Line.of("本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。")), java.util.Map.of(), null,
                "本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。", null);
        assertEquals("某某市统计局", id.agency());
        assertNull(id.titleYear());
        assertEquals(2021, id.year());
    }

    /**
     * 005's unruled scan (scan-plain.pdf, page 2): the rows laid out from the engine's glyphs put the period's dates out
     * of order, the engine's own lines read it whole; the year is the period's as the lines read it (truth: 2022).
     */
    private static final String SCAN_ROWS = "编制而成。本报告中所列数据统计时限为022年年 -月1 日至 20年222月31 日。对本报告如有\n";
    private static final String SCAN_LINES = "编制 而 成 。 本 报告 中 所 列 数据 统计 时 限 为 2022 年 1 月 1 日 至 2022 年 12 月 31 日 。 对 本 报告 如 有\n";

    @Test
    void theEngineLinesOfAScanGiveThePeriodTheRowsGarble() {
        assertNull(Identities.periodYear(SCAN_ROWS));
        ReportIdentity id = Identities.of(List.of(), java.util.Map.of(), null, SCAN_ROWS, null, SCAN_LINES);
        assertEquals(2022, id.periodYear());
        assertNull(id.otherPeriodYear());
        assertEquals(2022, id.year());
    }

    /** An OCR'd period counts only whole: its end's year unread (20 年 12 月), or another year, the lines give none. */
    @Test
    void theEngineLinesGiveAYearOnlyWhenStartAndEndAgree() {
        String startOnly = SCAN_LINES.replace("2022 年 12 月", "20 年 12 月");
        assertNull(Identities.wholePeriodYear(startOnly));
        assertNull(Identities.of(List.of(), java.util.Map.of(), null, SCAN_ROWS, null, startOnly).year());
        assertNull(Identities.wholePeriodYear(SCAN_LINES.replace("至 2022 年", "至 2023 年")));
    }

    /** The rows and the engine's lines reading two years: no year is chosen, both are kept for check ID. */
    @Test
    void rowsAndEngineLinesDisagreeingGiveNoYear() {
        String rows = "本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。";
        ReportIdentity id = Identities.of(List.of(), java.util.Map.of(), null, rows, null, SCAN_LINES);
        assertEquals(2021, id.periodYear());
        assertEquals(2022, id.otherPeriodYear());
        assertNull(id.year());
        // with the engine's lines agreeing, the rows' period stands as before
        assertEquals(2022, Identities.of(List.of(), java.util.Map.of(), null, SCAN_ROWS.replace("022年年 -月1", "2022年1月1"), null,
                SCAN_LINES).year());
    }
}
