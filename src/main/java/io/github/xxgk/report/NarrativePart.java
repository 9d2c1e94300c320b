package io.github.xxgk.report;

/**
 * Which part of a report a narrative section is, whatever number the report printed for it: the six
 * standard sections in their standard order, with the preface before 一 and the signature after the last.
 * {@link #code()} is what the sections CSV and the JSON write.
 */
public enum NarrativePart {
    /** Before 一: the legal basis, the statistics period, the contact (the title itself left out). */
    PREFACE("preface"),
    /** 一、总体情况. */
    OVERVIEW("overview"),
    /** 二、主动公开政府信息情况. */
    PROACTIVE("proactive"),
    /** 三、收到和处理政府信息公开申请情况. */
    REQUESTS("requests"),
    /** 四、政府信息公开行政复议、行政诉讼情况. */
    REVIEW_LITIGATION("review_litigation"),
    /** 五、存在的主要问题及改进情况 (…及整改措施, 存在的问题及改进措施, …). */
    PROBLEMS("problems"),
    /** 六、其他需要报告的事项. */
    OTHER("other"),
    /** After the last section: the agency's name and the date, as signed. */
    SIGNATURE("signature");

    private final String code;

    NarrativePart(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The part with this {@link #code()}. */
    public static NarrativePart ofCode(String code) {
        for (NarrativePart p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown narrative part " + code);
    }

    /** One of the six numbered sections (not the preface or the signature). */
    public boolean numbered() {
        return this != PREFACE && this != SIGNATURE;
    }
}
