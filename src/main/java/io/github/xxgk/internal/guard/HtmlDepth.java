package io.github.xxgk.internal.guard;

import java.util.Locale;
import java.util.Set;

/**
 * How deeply an HTML document nests its elements, by a linear scan of its tags before any parser sees it.
 * Void elements and elements that HTML closes implicitly ({@code p}, {@code li}, {@code td}, …) don't count,
 * so sloppy but ordinary pages stay shallow; comments and script/style bodies are skipped. Real report pages
 * nest a few dozen levels; a page nested thousands deep is hostile (parsers slow down quadratically or
 * overflow their stacks on it).
 */
public final class HtmlDepth {

    private static final Set<String> NOT_COUNTED = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr", "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup",
            "rb", "rt", "rp", "html", "head", "body");

    private HtmlDepth() {
    }

    /** The deepest nesting of counted elements (bytes read as Latin-1: tag names are ASCII in any charset). */
    public static int maxDepth(byte[] content) {
        int depth = 0;
        int max = 0;
        int n = content.length;
        int i = 0;
        while (i < n) {
            if (content[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(content, i, "<!--")) {
                int end = indexOf(content, "-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            boolean closing = i + 1 < n && content[i + 1] == '/';
            int j = i + (closing ? 2 : 1);
            int start = j;
            while (j < n && j - start < 16 && isNameChar(content[j])) {
                j++;
            }
            if (j == start) {
                i++;
                continue;
            }
            String tag = new String(content, start, j - start, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            int gt = j;
            while (gt < n && content[gt] != '>') {
                gt++;
            }
            boolean selfClosing = gt > 0 && gt < n && content[gt - 1] == '/';
            i = gt + 1;
            if (!closing && (tag.equals("script") || tag.equals("style"))) {
                int end = indexOfIgnoreCase(content, "</" + tag, i);
                i = end < 0 ? n : end;
                continue;
            }
            if (NOT_COUNTED.contains(tag) || selfClosing) {
                continue;
            }
            if (closing) {
                depth = Math.max(0, depth - 1);
            } else {
                depth++;
                max = Math.max(max, depth);
            }
        }
        return max;
    }

    private static boolean isNameChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == ':';
    }

    private static boolean startsWith(byte[] a, int off, String s) {
        if (off + s.length() > a.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (a[off + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] a, String s, int from) {
        for (int i = from; i + s.length() <= a.length; i++) {
            if (startsWith(a, i, s)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(byte[] a, String s, int from) {
        outer:
        for (int i = from; i + s.length() <= a.length; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (Character.toLowerCase((char) (a[i + k] & 0xff)) != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
