package io.github.xxgk.report;

/**
 * One name a GB/T 2260 code had over a run of consecutive snapshots of the list: in force at least from the
 * month of {@code first} to the month of {@code last}, and perhaps in the gaps on either side (see
 * {@link DivisionList#mayBeInForce}). Months are counted as {@code year * 12 + month - 1}.
 */
record Division(String code, String name, int first, int last) {

    /** 省级 codes end in 0000, 地级 in 00; anything else is 县级. */
    Level level() {
        if (code.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return code.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
    }

    /** Whether {@code other} is inside this division, by the code's prefix. */
    boolean contains(Division other) {
        return switch (level()) {
            case PROVINCE -> other.code.startsWith(code.substring(0, 2)) && other.level() != Level.PROVINCE;
            case PREFECTURE -> other.code.startsWith(code.substring(0, 4)) && other.level() == Level.COUNTY;
            case COUNTY, TOWNSHIP -> false;
        };
    }
}
