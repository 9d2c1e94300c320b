package io.github.xxgk.report;

/** What an agency is to the division it belongs to, read from the words after the division's name. */
public enum AgencyKind {
    /** The division's people's government (人民政府; a 街道's 办事处). */
    GOVERNMENT("government"),
    /** The government's general office (人民政府办公厅 / 办公室, 政府办). */
    GENERAL_OFFICE("general_office"),
    /** A department or agency of the government (…局, …厅, …委员会, …办公室 of a department, …中心). */
    DEPARTMENT("department"),
    /** A development or experimental zone (开发区, 高新区, 实验区, 新区 …), or an office of one. */
    ZONE("zone"),
    /** Anything else, or the division's name alone (a report for the whole area). */
    OTHER("other");

    private final String code;

    AgencyKind(String code) {
        this.code = code;
    }

    /** The code the outputs write ({@code general_office}). */
    public String code() {
        return code;
    }
}
