package io.github.xxgk.report;

/** The level of the division an agency belongs to (GB/T 2260's three, and the township below them). */
public enum Level {
    /** 省, 自治区, 直辖市, 特别行政区. */
    PROVINCE,
    /** 地级市, 自治州, 地区, 盟. */
    PREFECTURE,
    /** 县, 县级市, 市辖区, 旗, 林区 …. */
    COUNTY,
    /** 乡, 镇, 街道, 苏木. */
    TOWNSHIP;

    /** The code the outputs write ({@code county}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
