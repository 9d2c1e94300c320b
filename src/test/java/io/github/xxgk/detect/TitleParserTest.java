package io.github.xxgk.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TitleParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            广东省政务服务和数据管理局 2023 年 政府信息公开工作年度报告 | 广东省政务服务和数据管理局 | 2023
            洪泽区人民政府2023年政府信息公开工作年度报告               | 洪泽区人民政府             | 2023
            2022年度沭阳县发展和改革局政府信息公开年度报告              | 沭阳县发展和改革局         | 2022
            某某市教育局关于2021年度政府信息公开工作年度报告            | 某某市教育局               | 2021
            某某镇人民政府二〇二〇年政府信息公开工作年度报告            | 某某镇人民政府             | 2020
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
}
