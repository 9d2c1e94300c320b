package io.github.xxgk.internal.source.pdf;

import java.text.Normalizer;

/**
 * Some PDF producers (browsers printing a page, WPS, Word) map common ideographs to the look-alike Kangxi
 * radicals (U+2F00–U+2FD5) or CJK radical supplements (U+2E80–U+2EF3) in their ToUnicode tables: "⼀" for
 * "一", "⾏" for "行". The glyph printed is the ideograph, so the text read is the ideograph. Likewise for the
 * few characters whose glyph a font shares with a look-alike. A non-breaking space reads as a space.
 */
final class Radicals {

    /** Radical supplements that NFKC leaves alone and that are whole characters, each paired with its ideograph. */
    private static final String SUPPLEMENT = "⺠民⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻨麦⻩黄⻬齐⻭齿⻰龙⻳龟";

    /**
     * Pairs of code points whose glyph a font shares (a browser's font subset then names the glyph after either):
     * the first as read, the second as a simplified-Chinese text means it. 门户 printed by Chrome reads 门戶, an
     * em dash reads as a horizontal bar.
     */
    private static final String SHARED_GLYPH = "戶户―—";

    private Radicals() {
    }

    static String unify(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c >= '\u2F00' && c <= '\u2FD5') {
                rep = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                // the radical ⼾ is NFKC's 戶, printed as 户
                int k = rep.length() == 1 ? SHARED_GLYPH.indexOf(rep.charAt(0)) : -1;
                rep = k >= 0 && k % 2 == 0 ? String.valueOf(SHARED_GLYPH.charAt(k + 1)) : rep;
            } else if (c >= '\u2E80' && c <= '\u2EF3') {
                int k = SUPPLEMENT.indexOf(c);
                rep = k >= 0 && k % 2 == 0 ? String.valueOf(SUPPLEMENT.charAt(k + 1)) : null;
            } else if (SHARED_GLYPH.indexOf(c) >= 0 && SHARED_GLYPH.indexOf(c) % 2 == 0) {
                rep = String.valueOf(SHARED_GLYPH.charAt(SHARED_GLYPH.indexOf(c) + 1));
            } else if (c == '\u00A0') {
                rep = " ";
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
