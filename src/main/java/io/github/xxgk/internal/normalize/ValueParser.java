package io.github.xxgk.internal.normalize;

import com.ibm.icu.text.Normalizer2;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a value cell (docs/format.md "Values"): full-width digits, thousands separators, signs, a unit inside
 * the cell ({@code 251000元}, {@code 2笔}); the empty tokens blank, dashes, slashes, 无 and NBSP-only give no value.
 * Nothing is rescaled: the unit goes beside the number.
 */
public final class ValueParser {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Pattern EDGES = Pattern.compile("^[\\s\\u00A0\\u3000\\u200B\\uFEFF]+|[\\s\\u00A0\\u3000\\u200B\\uFEFF]+$");
    private static final Pattern NOISE = Pattern.compile("^[?？]+\\s*");
    private static final Pattern EMPTY = Pattern.compile("[-—–―⸺⸻_/∕\\\\无?？*]*");
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)\\s*(万元|亿元|千元|元|万|件|个|笔|项|宗|起|条|人次|次|%)?");

    private ValueParser() {
    }

    public static ParsedValue parse(String raw) {
        if (raw == null) {
            raw = "";
        }
        // only the edges are trimmed: "1 0" inside a cell is two numbers run together, never 10
        String s = EDGES.matcher(NFKC.normalize(raw)).replaceAll("")
                .replace('－', '-').replace('﹣', '-').replace('−', '-');
        if (EMPTY.matcher(s).matches()) {
            return new ParsedValue(null, "", raw, true);
        }
        // '?' is mirror noise before a value ("? 0", docs/format.md "Mirror noise")
        s = NOISE.matcher(s).replaceFirst("");
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return new ParsedValue(null, "", raw, false);
        }
        BigDecimal number = new BigDecimal(m.group(2).replace(",", ""));
        if (m.group(1).equals("-")) {
            number = number.negate();
        }
        String unit = m.group(3) == null ? "" : m.group(3);
        return new ParsedValue(number, unit, raw, true);
    }

    /** True when the text could be a value cell (a number or an empty token), so not a label. */
    public static boolean isValueLike(String raw) {
        if (raw == null) {
            return true;
        }
        // the grid stage asks this of every cell several times per row; the answer depends on the text alone
        Boolean cached = VALUE_LIKE.get(raw);
        if (cached != null) {
            return cached;
        }
        boolean valueLike = parse(raw).numeric();
        if (raw.length() <= 40 && VALUE_LIKE.size() < 50_000) {
            VALUE_LIKE.put(raw, valueLike);
        }
        return valueLike;
    }

    private static final java.util.Map<String, Boolean> VALUE_LIKE = new java.util.concurrent.ConcurrentHashMap<>();
}
