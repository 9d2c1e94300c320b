package io.github.xxgk.internal.source.pdf.stream;

import java.util.regex.Pattern;

/** Labels that number an item: 1. / （一） / 一、 */
final class Ordinals {

    /** A label that starts a numbered item. */
    private static final Pattern ORDINAL = Pattern.compile("^([0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])");
    /** The first item of a numbered list. */
    private static final Pattern ORDINAL_ONE = Pattern.compile("^([1１][.．、]|[（(]一[)）]|一[、.．])");

    private Ordinals() {
    }

    /** Whether the text starts with an item number. */
    static boolean numbered(String text) {
        return ORDINAL.matcher(text).find();
    }

    /** Whether the text starts with the number of a list's first item. */
    static boolean first(String text) {
        return ORDINAL_ONE.matcher(text).find();
    }
}
