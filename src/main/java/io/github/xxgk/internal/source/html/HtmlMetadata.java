package io.github.xxgk.internal.source.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the metadata box of a government web page (索引号, 发布机构, 发布日期, …, as a table, a list or a line
 * of text) and reads it into hints: {@code agency} from 发布机构/发文机关/来源, {@code date} from
 * 发布日期/成文日期, {@code title} from 标题/名称.
 */
final class HtmlMetadata {

    /** A box, and what it said. */
    record Box(Element element, String agency, String title) {
    }

    /** Longest first, so that 信息来源 wins over 来源 and 发文字号 over 文号. */
    private static final List<String> KEYS = List.of(
            "索引号", "主题分类", "信息分类", "发布机构", "发文机关", "发文单位", "发布单位", "公开主体", "信息来源", "来源",
            "发布日期", "发布时间", "成文日期", "生成日期", "公开日期", "发文字号", "文号", "主题词", "公开方式",
            "公开范围", "公开时限", "有效性", "浏览次数", "访问次数", "标题", "名称", "体裁分类", "组配分类", "服务对象");

    /** Pages space labels out to align them: 索&nbsp;引&nbsp;号, 标　　题. */
    private static final String GAP = "[\\s\\u00a0\\u3000]*";
    private static final String KEY_ALTERNATIVES = String.join("|", KEYS.stream().map(HtmlMetadata::spaced).toList());
    private static final Pattern KEY = Pattern.compile(
            "(" + KEY_ALTERNATIVES + ")" + GAP + "[:：]\\s*|(?<![^\\n])" + GAP + "(" + KEY_ALTERNATIVES + ")" + GAP + "(?=\\n|$)");
    private static final Pattern STARTS = Pattern.compile("索引号|发布机构|发文机关|来源[:：]");

    /** A metadata box is short; a longer block holds report text and must not be swallowed. */
    private static final int MAX_BOX_TEXT = 800;

    private static final Map<String, List<String>> HINT_KEYS = Map.of(
            "agency", List.of("发布机构", "发文机关", "发文单位", "发布单位", "公开主体", "信息来源", "来源"),
            "title", List.of("标题", "名称"));

    private HtmlMetadata() {
    }

    /** The first metadata box of the page, or null. */
    static Box find(Element body) {
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            if (!STARTS.matcher(compact(e.ownText())).find()) {
                continue;
            }
            Element box = widen(e);
            if (box == null) {
                continue;
            }
            Map<String, String> fields = fields(box);
            if (fields.size() < 2) {
                continue;
            }
            Map<String, String> hints = new LinkedHashMap<>();
            HINT_KEYS.forEach((hint, keys) -> {
                for (String k : keys) {
                    String v = fields.get(k);
                    if (v != null && !v.isEmpty()) {
                        hints.put(hint, v);
                        break;
                    }
                }
            });
            return new Box(box, hints.get("agency"), hints.get("title"));
        }
        return null;
    }

    /**
     * From the element that names a key, climbs while the text stays short, and keeps the smallest element
     * that holds the most keys: the whole box, but not the title or the text beside it. A box inside a table
     * is the whole table, so that no half of it is left behind as junk rows.
     */
    private static Element widen(Element start) {
        Element best = null;
        int bestKeys = 0;
        for (Element e = start; e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (e.text().length() > MAX_BOX_TEXT) {
                break;
            }
            int keys = keyCount(e);
            if (keys > bestKeys) {
                best = e;
                bestKeys = keys;
            }
        }
        if (best == null || bestKeys < 2) {
            return null;
        }
        if (isTablePart(best)) {
            Element table = best.closest("table");
            if (table != null && table.text().length() <= MAX_BOX_TEXT) {
                return table;
            }
        }
        return best;
    }

    /** A box in a table is the whole table: stopping at a row or a tbody would leave the rest as junk rows. */
    private static boolean isTablePart(Element e) {
        String tag = e.normalName();
        return tag.equals("td") || tag.equals("th") || tag.equals("tr") || tag.equals("tbody") || tag.equals("thead");
    }

    private static int keyCount(Element e) {
        return fields(e).size();
    }

    /** The fields of a box: each key with the text that follows it up to the next key. */
    static Map<String, String> fields(Element box) {
        String text = String.join("\n", pieces(box));
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = KEY.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            names.add(compact(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            String value = firstLine(text.substring(spans.get(i)[1], end));
            out.putIfAbsent(names.get(i), value);
        }
        return out;
    }

    private static String spaced(String key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            sb.append(key.charAt(i));
        }
        return sb.toString();
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }

    private static String firstLine(String s) {
        for (String line : s.split("\n")) {
            String v = HtmlText.strip(line);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /** The text pieces of an element, one per text node. */
    private static List<String> pieces(Element e) {
        List<String> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = HtmlText.strip(HtmlText.collapse(t.getWholeText()));
                if (!s.isEmpty()) {
                    out.add(s);
                }
            } else {
                collect(child, out);
            }
        }
    }
}
