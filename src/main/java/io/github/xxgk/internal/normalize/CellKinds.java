package io.github.xxgk.internal.normalize;

import java.util.regex.Pattern;

/**
 * Tells label text from value text: a label holds Chinese or Latin letters and is not a value token. It reads
 * text only; how a reader's rows and cells are walked is the caller's business ({@code detect.RowKinds}).
 */
public final class CellKinds {

    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}A-Za-z]");

    private CellKinds() {
    }

    public static boolean isLabel(String text) {
        return text != null && !text.isBlank() && HAN.matcher(text).find() && !ValueParser.isValueLike(text);
    }

    /** Filled text that holds a number or an empty token such as "—" (blank text does not count). */
    public static boolean isValue(String text) {
        return text != null && !text.isBlank() && ValueParser.isValueLike(text);
    }
}
