package io.github.xxgk.internal.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text clean-up shared by the HTML and DOCX readers: line breaks inside a block, NBSP, stray whitespace. */
public final class HtmlText {

    /** Marks a hard line break (a {@code <br>}, a block boundary in a cell) inside collected text. */
    static final char BREAK = '\u2028';

    /** A block this short whose lines are joined is a title or heading wrapped by a break, not narrative. */
    static final int SHORT_BLOCK = 60;

    private static final Pattern HAN_GAP = Pattern.compile("(?<=\\p{IsHan})[ \\t\\f\\r]*\\n[ \\t\\n\\f\\r]*(?=\\p{IsHan})");
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\f\\r]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad]");

    private HtmlText() {
    }

    /**
     * Collapses source whitespace the way a browser does (a run of spaces and newlines becomes one space;
     * a source line wrap between two Chinese characters disappears, as it is an artifact of the page's
     * markup), turns NBSP into a plain space and drops invisible characters. {@link #BREAK} is kept.
     */
    static String collapse(String raw) {
        String s = INVISIBLE.matcher(raw).replaceAll("");
        s = s.replace('\u00a0', ' ');
        s = HAN_GAP.matcher(s).replaceAll("");
        return HTML_SPACE.matcher(s).replaceAll(" ");
    }

    /** The non-blank lines of a text split at {@link #BREAK} or a newline, each stripped. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("[\\u2028\\n]")) {
            String s = strip(line);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The paragraphs of a block: a short block (a title or heading split by a break, as in
     * {@code 洪泽区人民政府<br>2023年…年度报告}) is one paragraph with its lines joined; a long one gives a
     * paragraph per line.
     */
    public static List<String> paragraphs(List<String> lines) {
        if (lines.size() <= 1) {
            return lines;
        }
        String joined = String.join("", lines);
        if (joined.length() <= SHORT_BLOCK) {
            return List.of(joined);
        }
        return lines;
    }

    /** Text of a cell: its lines joined by newlines (the normalizer downstream drops whitespace). */
    public static String cell(String text) {
        return String.join("\n", lines(text));
    }

    /** {@link String#strip()} that also strips NBSP and the ideographic space. */
    public static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u2007' || c == '\u202f';
    }
}
