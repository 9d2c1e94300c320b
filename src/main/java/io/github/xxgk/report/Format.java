package io.github.xxgk.report;

/** The two official table formats; {@link #code()} is what the CSV's format column holds. */
public enum Format {
    F2019("2019"), F2021("2021");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The format whose {@link #code()} this is. */
    public static Format ofCode(String code) {
        for (Format f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format " + code);
    }
}
