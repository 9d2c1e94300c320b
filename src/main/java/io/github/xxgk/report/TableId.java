package io.github.xxgk.report;

/** The three standard tables: 二 主动公开, 三 依申请, 四 复议诉讼. */
public enum TableId {
    T2("t2"), T3("t3"), T4("t4");

    private final String code;

    TableId(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The table whose {@link #code()} this is. */
    public static TableId ofCode(String code) {
        for (TableId t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown table " + code);
    }
}
