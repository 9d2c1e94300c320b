package io.github.xxgk.internal.validate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative level of an agency, read from its whole name: the last administrative division the name
 * names decides (淮安市洪泽区人民政府 is a 市辖区's government, 广西壮族自治区人民政府 a province's). A division word
 * counts only as a whole word: 自治区 is not a 区, the 市 of 市场监督管理局 and the 乡 of 住房和城乡建设局 are no
 * divisions, and a development zone (开发区, 新区, 实验区 …) has no level of its own, so it decides nothing.
 */
enum AgencyLevel {
    /** 省, 自治区, 直辖市, 特别行政区. */
    PROVINCE,
    /** 设区的市, 自治州, 地区, 盟: a 市 alone is taken for this level, since its name cannot tell. */
    PREFECTURE,
    /** 县, 自治县, 旗, 自治旗, 市辖区, 林区, and a 市 inside a prefecture (县级市). */
    COUNTY,
    /** 乡, 镇, 街道, 苏木. */
    TOWNSHIP,
    /** No division named (国务院办公厅), or only a zone. */
    UNKNOWN;

    /** Words that hold a division's character without naming one: blanked before the divisions are read. */
    private static final Pattern NOT_DIVISIONS = Pattern.compile(
            "市场|城市|超市|市政|市容|市民|城乡|乡村|乡镇|城镇|村镇|社区|小区|区域|辖区|景区|园区|"
                    + "(?:经济技术|高新技术|经济|高新|技术|工业|综合|旅游|保税|出口加工|自由贸易|自贸|示范|试验|实验|合作|功能|开发|新)区");

    /** Divisions, the longer word first where one ends another (自治区 before 区). */
    private static final Pattern DIVISION = Pattern.compile(
            "特别行政区|自治区|自治州|自治县|自治旗|地区|林区|街道|苏木|省|市|州|盟|县|旗|区|乡|镇");

    public static AgencyLevel of(String agency) {
        if (agency == null || agency.isBlank()) {
            return UNKNOWN;
        }
        // a remark in brackets ("（汇总：管委会及区直各单位）") is no part of the name
        String bare = agency.replaceAll("[（(][^）)]*[）)]", "");
        String name = NOT_DIVISIONS.matcher(bare).replaceAll(m -> "·".repeat(m.group().length()));
        AgencyLevel level = UNKNOWN;
        boolean insidePrefecture = false;
        Matcher m = DIVISION.matcher(name);
        while (m.find()) {
            AgencyLevel here = switch (m.group()) {
                case "特别行政区", "自治区", "省" -> PROVINCE;
                case "自治州", "地区", "盟" -> PREFECTURE;
                case "市" -> insidePrefecture ? COUNTY : level == PROVINCE || level == UNKNOWN ? PREFECTURE : level;
                case "州" -> null;
                case "自治县", "自治旗", "县", "旗", "林区", "区" -> COUNTY;
                default -> TOWNSHIP;
            };
            if (here == null) {
                // 州 names a place (杭州, 广州) more often than a division: only 自治州 counts
                continue;
            }
            insidePrefecture = here == PREFECTURE;
            level = here;
        }
        return level;
    }

    /** Only provinces and 设区的市 / 自治州 make 规章 (立法法 §93). */
    public boolean canMakeRules() {
        return !List.of(COUNTY, TOWNSHIP).contains(this);
    }
}
