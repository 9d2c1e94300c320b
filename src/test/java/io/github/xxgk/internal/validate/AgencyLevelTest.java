package io.github.xxgk.internal.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Agencies' levels from their whole names; each name is a real agency, its level as the 行政区划 code lists it. */
class AgencyLevelTest {

    @ParameterizedTest
    @CsvSource({
            "广西壮族自治区人民政府, PROVINCE",
            "内蒙古自治区人民政府办公厅, PROVINCE",
            "广东省政务服务和数据管理局, PROVINCE",
            "香港特别行政区政府, PROVINCE",
            "广州市人民政府, PREFECTURE",
            "湘西土家族苗族自治州人民政府, PREFECTURE",
            "阿勒泰地区行政公署, PREFECTURE",
            "锡林郭勒盟行政公署, PREFECTURE",
            "杭州市市场监督管理局, PREFECTURE",
            "苏州市住房和城乡建设局, PREFECTURE",
            "淮安市洪泽区人民政府, COUNTY",
            "北京市朝阳区人民政府, COUNTY",
            "广西壮族自治区南宁市青秀区人民政府, COUNTY",
            "沭阳县发展和改革局, COUNTY",
            "沭阳县市场监督管理局, COUNTY",
            "长阳土家族自治县人民政府, COUNTY",
            "湘西土家族苗族自治州永顺县人民政府, COUNTY",
            "江苏省苏州市昆山市人民政府, COUNTY",
            "神农架林区人民政府, COUNTY",
            "鄂托克前旗人民政府, COUNTY",
            "沭阳县沭城街道办事处, TOWNSHIP",
            "洪泽区高良涧街道办事处, TOWNSHIP",
            "上海市浦东新区人民政府, PREFECTURE",
            "平潭综合实验区（汇总：管委会及区直各单位）, UNKNOWN",
            "国务院办公厅, UNKNOWN",
    })
    void levelFromTheWholeName(String agency, AgencyLevel level) {
        assertEquals(level, AgencyLevel.of(agency));
    }
}
