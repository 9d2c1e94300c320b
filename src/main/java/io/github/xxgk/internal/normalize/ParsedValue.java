package io.github.xxgk.internal.normalize;

import java.math.BigDecimal;

/**
 * A cell's value as published: the number (null when the cell is blank or a dash), the unit printed in the
 * cell, and the raw text. {@code numeric} is false when the text is neither a number nor an empty token,
 * i.e. the cell does not hold a value at all.
 */
public record ParsedValue(BigDecimal number, String unit, String raw, boolean numeric) {

    public boolean isEmpty() {
        return number == null;
    }

    /** The number as docs/format.md writes it: plain, no exponent, the sign kept only when negative. */
    public String plain() {
        return number == null ? "" : number.toPlainString();
    }
}
