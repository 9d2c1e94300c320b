package io.github.xxgk.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real agencies, at every level and of every kind, with the GB/T 2260 code, level and kind they have in that
 * year, as the Ministry of Civil Affairs' lists give them (written from the published codes, not from the
 * resolver). Renamed divisions are asked for on both sides of the change. An empty code: the name must stay
 * unresolved (several divisions fit, or none in that year); the level is then the one every fitting division
 * shares, if any.
 */
class ResolverTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # province level
            广东省政务服务和数据管理局        | 2023 | 440000 | province   | department     | 广东省 |  |
            上海市人民政府办公厅              | 2020 | 310000 | province   | general_office | 上海市 |  |
            浙江省人民政府                    | 2021 | 330000 | province   | government     | 浙江省 |  |
            广西壮族自治区人民政府办公厅      | 2022 | 450000 | province   | general_office | 广西壮族自治区 |  |
            北京市发展和改革委员会            | 2019 | 110000 | province   | department     | 北京市 |  |
            新疆维吾尔自治区教育厅            | 2021 | 650000 | province   | department     | 新疆维吾尔自治区 |  |
            内蒙古自治区人民政府              | 2020 | 150000 | province   | government     | 内蒙古自治区 |  |
            吉林省人民政府                    | 2020 | 220000 | province   | government     | 吉林省 |  |
            国家税务总局广东省税务局          | 2021 | 440000 | province   | department     | 广东省 |  |
            # prefecture level
            淮安市人民政府                    | 2019 | 320800 | prefecture | government     | 江苏省 | 淮安市 |
            苏州市人民政府办公室              | 2021 | 320500 | prefecture | general_office | 江苏省 | 苏州市 |
            深圳市生态环境局                  | 2020 | 440300 | prefecture | department     | 广东省 | 深圳市 |
            杭州市人民政府                    | 2022 | 330100 | prefecture | government     | 浙江省 | 杭州市 |
            延边朝鲜族自治州人民政府          | 2020 | 222400 | prefecture | government     | 吉林省 | 延边朝鲜族自治州 |
            海南藏族自治州人民政府            | 2020 | 632500 | prefecture | government     | 青海省 | 海南藏族自治州 |
            吉林市人民政府                    | 2020 | 220200 | prefecture | government     | 吉林省 | 吉林市 |
            东莞市人民政府                    | 2021 | 441900 | prefecture | government     | 广东省 | 东莞市 |
            莱芜市人民政府                    | 2016 | 371200 | prefecture | government     | 山东省 | 莱芜市 |
            # county level; renamed divisions on both sides of the change
            淮安市洪泽区人民政府              | 2023 | 320813 | county     | government     | 江苏省 | 淮安市 | 洪泽区
            洪泽县人民政府                    | 2015 | 320829 | county     | government     | 江苏省 | 淮安市 | 洪泽县
            洪泽县人民政府                    | 2019 |        |            | government     |        |        |
            济南市莱芜区人民政府              | 2019 | 370116 | county     | government     | 山东省 | 济南市 | 莱芜区
            沙县人民政府                      | 2020 | 350427 | county     | government     | 福建省 | 三明市 | 沙县
            三明市沙县区人民政府              | 2022 | 350405 | county     | government     | 福建省 | 三明市 | 沙县区
            横县人民政府                      | 2020 | 450127 | county     | government     | 广西壮族自治区 | 南宁市 | 横县
            横州市人民政府                    | 2022 | 450181 | county     | government     | 广西壮族自治区 | 南宁市 | 横州市
            杭州市临平区人民政府              | 2022 | 330113 | county     | government     | 浙江省 | 杭州市 | 临平区
            杭州市临平区人民政府              | 2019 |        |            | government     |        |        |
            沭阳县发展和改革局                | 2023 | 321322 | county     | department     | 江苏省 | 宿迁市 | 沭阳县
            北京市朝阳区人民政府              | 2020 | 110105 | county     | government     | 北京市 |        | 朝阳区
            长春市朝阳区人民政府              | 2020 | 220104 | county     | government     | 吉林省 | 长春市 | 朝阳区
            朝阳区人民政府                    | 2020 |        | county     | government     |        |        |
            鼓楼区人民政府办公室              | 2021 |        | county     | general_office |        |        |
            仙桃市人民政府                    | 2020 | 429004 | county     | government     | 湖北省 |        | 仙桃市
            昆山市人民政府办公室              | 2021 | 320583 | county     | general_office | 江苏省 | 苏州市 | 昆山市
            上海市浦东新区人民政府            | 2021 | 310115 | county     | government     | 上海市 |        | 浦东新区
            天津市滨海新区人民政府            | 2020 | 120116 | county     | government     | 天津市 |        | 滨海新区
            德清县人民政府                    | 2020 | 330521 | county     | government     | 浙江省 | 湖州市 | 德清县
            海淀区教育委员会                  | 2021 | 110108 | county     | department     | 北京市 |        | 海淀区
            佛山市南海区人民法院              | 2021 | 440605 | county     | other          | 广东省 | 佛山市 | 南海区
            # changes inside the years only the statistics lists cover (ResolverGapsTest has them all): 钢城区 is
            # 371203 in the lists to 2018-10, 370117 from 2019-10; 三元区 350403 to 2020-12, 350404 from 2021-10
            钢城区人民政府                    | 2017 | 371203 | county     | government     | 山东省 | 莱芜市 | 钢城区
            钢城区人民政府                    | 2018 |        | county     | government     |        |        |
            钢城区人民政府                    | 2020 | 370117 | county     | government     | 山东省 | 济南市 | 钢城区
            三明市三元区人民政府              | 2019 | 350403 | county     | government     | 福建省 | 三明市 | 三元区
            三明市三元区人民政府              | 2021 |        | county     | government     |        |        |
            三明市三元区人民政府              | 2022 | 350404 | county     | government     | 福建省 | 三明市 | 三元区
            # township level
            三明市沙县凤岗街道办事处          | 2020 | 350427 | township   | government     | 福建省 | 三明市 | 沙县
            三明市沙县区凤岗街道办事处        | 2022 | 350405 | township   | government     | 福建省 | 三明市 | 沙县区
            南京市江宁区秣陵街道办事处        | 2022 | 320115 | township   | government     | 江苏省 | 南京市 | 江宁区
            东莞市虎门镇人民政府              | 2021 | 441900 | township   | government     | 广东省 | 东莞市 |
            城关镇人民政府                    | 2021 |        | township   | government     |        |        |
            # zones
            平潭综合实验区管委会办公室        | 2019 | 350128 | county     | zone           | 福建省 | 福州市 | 平潭县
            平潭综合实验区（汇总：管委会及区直各单位） | 2021 | 350128 | county | zone  | 福建省 | 福州市 | 平潭县
            福建省平潭综合实验区管理委员会    | 2022 | 350128 | county     | zone           | 福建省 | 福州市 | 平潭县
            淮安经济技术开发区管委会          | 2020 | 320800 | prefecture | zone           | 江苏省 | 淮安市 |
            苏州工业园区管理委员会            | 2021 | 320500 | prefecture | zone           | 江苏省 | 苏州市 |
            # no division
            国务院办公厅                      | 2021 |        |            | general_office |        |        |
            """)
    void resolves(String agency, int year, String code, String level, String kind, String province, String prefecture,
                  String county) {
        Identity id = Identity.of(agency, year);
        assertEquals(code, id.regionCode(), id::toString);
        assertEquals(level, id.level() == null ? null : id.level().code(), id::toString);
        assertEquals(kind, id.kind().code(), id::toString);
        assertEquals(province, id.province(), id::toString);
        assertEquals(prefecture, id.prefecture(), id::toString);
        assertEquals(county, id.county(), id::toString);
        if (code == null) {
            assertTrue(id.note() != null && !id.note().isBlank(), "an unresolved name says why: " + id);
        }
    }

    @Test
    void anAmbiguousNameSaysWhichDivisionsItFits() {
        Identity id = Identity.of("朝阳区人民政府", 2020);
        assertTrue(id.note().contains("110105") && id.note().contains("220104"), id.note());
    }

    @Test
    void aRemovedNameSaysWhenItWasInForce() {
        Identity id = Identity.of("洪泽县人民政府", 2019);
        assertTrue(id.note().contains("320829 洪泽县") && id.note().contains("201509"), id.note());
    }

    @Test
    void aZoneSaysWhichCodeItTookAndWhy() {
        assertTrue(Identity.of("平潭综合实验区管委会办公室", 2019).note().contains("国函〔2011〕160号"));
        assertTrue(Identity.of("淮安经济技术开发区管委会", 2020).note().contains("淮安经济技术开发区"));
    }

    /** 沙县's townships were recoded under 沙县区: 350427001 凤岗街道 in the list of 2020-06, 350405001 in 2021-10. */
    @Test
    void aTownshipTakesTheCodeOfItsYear() {
        assertEquals("350427001", Identity.of("三明市沙县凤岗街道办事处", 2020).townshipCode());
        assertEquals("350405001", Identity.of("三明市沙县区凤岗街道办事处", 2022).townshipCode());
        // the old county's name is out of force by 2022, and its townships with it
        assertNull(Identity.of("三明市沙县凤岗街道办事处", 2022).townshipCode());
    }

    @Test
    void aTownshipCarriesItsOwnCodeUnderItsCounty() {
        Identity id = Identity.of("南京市江宁区秣陵街道办事处", 2022);
        assertEquals("秣陵街道", id.township());
        assertTrue(id.townshipCode().startsWith("320115") && id.townshipCode().length() == 9, id.townshipCode());
    }

    /** The tail of a name no longer in force is no division: 会理县 became 会理市 (513402) between 202012 and 202110. */
    @Test
    void aNameOutOfForceIsNotReadFromItsTail() {
        Identity id = Identity.of("会理县人民政府", 2022);
        assertNull(id.regionCode(), id::toString);
        assertTrue(id.note().contains("513425 会理县"), id.note());
        Identity merged = Identity.of("下城区人民政府", 2022);
        assertNull(merged.regionCode(), merged::toString);
        assertTrue(merged.note().contains("330103 下城区"), merged.note());
    }

    @Test
    void noAgencyResolvesToNothing() {
        assertNull(Identity.of(null, 2020).regionCode());
        assertNull(Identity.of("  ", null).regionCode());
    }
}
