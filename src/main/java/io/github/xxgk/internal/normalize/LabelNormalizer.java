package io.github.xxgk.internal.normalize;

import com.ibm.icu.text.Normalizer2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a printed label to the form the schema is written in (docs/format.md
 * "Label variants and published typos"): NFKC (full-width
 * punctuation and digits, Kangxi radicals), CJK-radical code points to ideographs, traditional to simplified
 * (ICU's mapping, character by character),
 * pinyin-in-parentheses noise, whitespace and quotes removed, the numbering prefix split off as an
 * {@link Ordinal}, then the typo map of published variants.
 */
public final class LabelNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Traditional → simplified, character by character (ICU's Traditional-Simplified, see the resource). */
    private static final Map<Integer, String> TO_SIMPLIFIED = toSimplified();
    private static final Map<String, Label> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    /** CJK Radicals Supplement code points that PDF fonts emit instead of the ideograph; NFKC leaves them. */
    private static final Map<Character, Character> RADICALS = Map.ofEntries(
            Map.entry('\u2EA0', '民'), Map.entry('\u2ED3', '长'), Map.entry('\u2ED4', '门'), Map.entry('\u2ECB', '车'),
            Map.entry('\u2EC5', '见'), Map.entry('\u2EC6', '角'), Map.entry('\u2EDD', '食'), Map.entry('\u2EE2', '马'),
            Map.entry('\u2EE5', '鱼'), Map.entry('\u2EC4', '西'), Map.entry('\u2ED8', '青'), Map.entry('\u2EDA', '页'),
            Map.entry('\u2EDB', '风'), Map.entry('\u2EDC', '飞'), Map.entry('\u2EE1', '首'), Map.entry('\u2EE4', '鬼'),
            Map.entry('\u2EE8', '麦'), Map.entry('\u2EE9', '黄'), Map.entry('\u2EEE', '齿'), Map.entry('\u2EEF', '龙'),
            Map.entry('\u2E8C', '小'), Map.entry('\u2E8D', '小'), Map.entry('\u2EA7', '牛'), Map.entry('\u2EAE', '竹'),
            Map.entry('\u2EB3', '网'), Map.entry('\u2EB7', '羊'), Map.entry('\u2EBC', '肉'), Map.entry('\u2EC0', '艸'),
            Map.entry('\u2ECA', '足'), Map.entry('\u2ECF', '邑'), Map.entry('\u2ED6', '阜'), Map.entry('\u2EE3', '骨'));

    /** Published typos (docs/format.md "Label variants and published typos"), applied to the core text. */
    private static final Map<String, String> TYPOS = new LinkedHashMap<>();

    static {
        TYPOS.put("本年度止", "本年废止");
        TYPOS.put("只计这一情况", "只计这一情形");
        TYPOS.put("三类内容事务", "三类内部事务");
        TYPOS.put("行政法复议", "行政复议");
    }

    private static final Pattern PINYIN = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern QUOTES = Pattern.compile("[\"“”「」『』'‘’]");
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,2})[、.．]");
    /**
     * （三）; OCR reads the opening bracket as 《 or 〈 now and then (the closing one it keeps), or as two marks,
     * a bracket and an angle, (〈六) for （六）; at low resolution as 【 or { too (【六) and {二) at 70 dpi).
     */
    private static final Pattern BLOCK = Pattern.compile("^[(《〈<【{]{1,2}([一二三四五六七八九十]{1,2})\\)[、.．]?");
    private static final Pattern CIRCLED = Pattern.compile("[①-⑳]");
    private static final Pattern ITEM = Pattern.compile("^(?:(\\d{1,2})[.、．](?!\\d)|\\((\\d{1,2})\\)|([①-⑳]))");

    private LabelNormalizer() {
    }

    /**
     * ICU4J's Traditional-Simplified applied to each character it changes, kept in a resource: building the
     * transliterator takes up to a second or two, and labels need only the character mapping.
     * {@code LabelNormalizerTest} recomputes the table from ICU, so the resource can't drift from the library.
     */
    static Map<Integer, String> toSimplified() {
        try (java.io.InputStream in = LabelNormalizer.class.getResourceAsStream("traditional-to-simplified.tsv")) {
            if (in == null) {
                throw new IllegalStateException("traditional-to-simplified.tsv missing from the jar");
            }
            Map<Integer, String> map = new java.util.HashMap<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                map.put(line.codePointAt(0), line.substring(tab + 1));
            }
            return Map.copyOf(map);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Normalizes a label and splits off its ordinal. */
    public static Label label(String raw) {
        if (raw == null) {
            raw = "";
        }
        Label cached = CACHE.get(raw);
        if (cached != null) {
            return cached;
        }
        String text = text(raw);
        Ordinal ordinal = null;
        Matcher m;
        if ((m = SECTION.matcher(text)).find()) {
            ordinal = Ordinal.section(chineseNumber(m.group(1)));
            text = text.substring(m.end());
        } else if ((m = BLOCK.matcher(text)).find()) {
            ordinal = Ordinal.block(chineseNumber(m.group(1)));
            text = text.substring(m.end());
        } else if ((m = ITEM.matcher(text)).find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            ordinal = Ordinal.item(n != null ? Integer.parseInt(n) : m.group(3).charAt(0) - '①' + 1);
            text = text.substring(m.end());
        }
        Label label = new Label(raw, ordinal, typos(text));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(raw, label);
        }
        return label;
    }

    /** The normalized text of a whole string, ordinals kept: for headings and searching. */
    public static String text(String raw) {
        // circled numbers are sub-item ordinals; NFKC would turn ③ into a bare 3
        String s = NFKC.normalize(CIRCLED.matcher(raw).replaceAll(m -> (m.group().charAt(0) - '①' + 1) + "."));
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x10000 && RADICALS.containsKey((char) cp)) {
                sb.append(RADICALS.get((char) cp));
                continue;
            }
            String simplified = TO_SIMPLIFIED.get(cp);
            if (simplified != null) {
                sb.append(simplified);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        s = sb.toString();
        s = SPACE.matcher(s).replaceAll("");
        s = PINYIN.matcher(s).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        return s;
    }

    private static String typos(String core) {
        for (Map.Entry<String, String> e : TYPOS.entrySet()) {
            if (core.contains(e.getKey())) {
                core = core.replace(e.getKey(), e.getValue());
            }
        }
        if (core.endsWith("本年增/")) {
            core = core + "减";
        }
        return core;
    }

    /** 一…十九 as a number (enough for section and block ordinals). */
    static int chineseNumber(String s) {
        String digits = "一二三四五六七八九";
        if (s.length() == 1) {
            return s.equals("十") ? 10 : digits.indexOf(s.charAt(0)) + 1;
        }
        if (s.charAt(0) == '十') {
            return 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        return (digits.indexOf(s.charAt(0)) + 1) * 10;  // 二十, 三十 …
    }

    /**
     * How alike two normalized texts are, 0..1: the longest common subsequence over the longer length,
     * raised to 1 when one is a prefix of the other and the shorter has at least 4 characters (a label cut
     * at a line break, "没有现成信息需要" for "没有现成信息需要另行制作").
     */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= 4 && longer.startsWith(shorter)) {
            return 0.95;
        }
        return (double) lcs(a, b) / longer.length();
    }

    /** Length of the longest common subsequence: the glyphs of one text found in the other, in order. */
    public static int lcs(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A label this long still names itself with one glyph misread: three of four glyphs are left at least. */
    private static final int MIN_GLYPHS_FOR_ONE_OFF = 4;

    /**
     * Whether an OCR reading misses the label by exactly one glyph (lost, added or read as another), the label being
     * long enough that this still names it: 行政处因 for 行政处罚, but not 共他 for 其他.
     */
    public static boolean oneGlyphOff(String reading, String label) {
        return label.length() >= MIN_GLYPHS_FOR_ONE_OFF && editDistance(reading, label) == 1;
    }

    /** Levenshtein distance, for the bounded fuzzy match. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
