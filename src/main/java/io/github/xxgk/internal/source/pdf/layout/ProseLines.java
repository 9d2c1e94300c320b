package io.github.xxgk.internal.source.pdf.layout;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.pdf.page.TextLines;

import io.github.xxgk.internal.detect.Sections;
import io.github.xxgk.internal.source.model.Flow;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Says, for the printed lines outside the tables, where each one sits in the running text ({@link Flow}): a PDF
 * has lines, not paragraphs. A line continues the paragraph above when that line runs to the right margin and
 * this one does not start indented (also over a page break); page numbers and running headers at a page's top or
 * foot are furniture; short lines that are no sentence next to a table (a header the table finder left out,
 * 第二十条第（一）项 above an unruled table) are the table's.
 */
final class ProseLines {

    /** A row in reading order with, for a printed line outside the tables, its line and page; null for table rows. */
    record Item(Row row, TextLines.Line line, PageObjects page) {

        boolean free() {
            return line != null;
        }

        String text() {
            return row.cells().get(0).text().strip();
        }
    }

    /** - 1 -, 第 2 页, 3/12, 第3页 共12页, Page 4 of 12. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－·•\\s]*(?:第\\s*)?\\d{1,4}\\s*页?(?:\\s*(?:/|of|共)\\s*\\d{1,4}\\s*页?)?[-—–－·•\\s]*$|^(?i:page)\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?$");
    /** The end of a sentence (or of a clause that a list goes on from). */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？；：…!?;:]$");
    /** A line that opens a numbered paragraph: 一、 （一） 1. 1、 */
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、.．])");
    /** Share of the page height at its top and foot where furniture is printed. */
    private static final float MARGIN_BAND = 0.12f;

    private ProseLines() {
    }

    static List<Row> assign(List<Item> items) {
        int n = items.size();
        Flow[] flow = new Flow[n];
        markFurniture(items, flow);
        Map<Integer, float[]> margins = margins(items, flow);
        int prev = -1;
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            if (flow[i] == Flow.FURNITURE) {
                continue;
            }
            if (!it.free()) {
                flow[i] = it.row().flow() == Flow.PARAGRAPH && !it.row().tableRow() ? Flow.IN_TABLE : it.row().flow();
                prev = -1;
                continue;
            }
            flow[i] = prev >= 0 && continues(items.get(prev), it, margins) ? Flow.CONTINUED : Flow.PARAGRAPH;
            prev = i;
        }
        markTableText(items, flow, margins);
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row r = items.get(i).row();
            out.add(r.flow() == flow[i] ? r : r.withFlow(flow[i]));
        }
        return out;
    }

    /**
     * A page number alone as the first or last line of its page, in the page's top or foot band; a line printed
     * there on most pages alike (digits aside): a running header or footer.
     */
    private static void markFurniture(List<Item> items, Flow[] flow) {
        Map<Integer, List<Integer>> edges = new HashMap<>();
        int n = items.size();
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            boolean first = i == 0 || items.get(i - 1).page() != it.page();
            boolean last = i == n - 1 || items.get(i + 1).page() != it.page();
            if (it.free() && (first || last) && inBand(it)) {
                edges.computeIfAbsent(it.page().number(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (List<Integer> ids : edges.values()) {
            for (int i : ids) {
                repeats.merge(shape(items.get(i).text()), 1, Integer::sum);
            }
        }
        int pages = edges.size();
        for (List<Integer> ids : edges.values()) {
            for (int i : ids) {
                String text = items.get(i).text();
                boolean number = PAGE_NUMBER.matcher(text).matches();
                boolean running = pages >= 2 && repeats.get(shape(text)) >= Math.max(2, (pages + 1) / 2)
                        && Sections.heading(items.get(i).row()) == null && Sections.narrativeHeading(items.get(i).row()) == null;
                if (number || running) {
                    flow[i] = Flow.FURNITURE;
                }
            }
        }
    }

    private static boolean inBand(Item it) {
        float h = it.page().height();
        return it.line().top() < h * MARGIN_BAND || it.line().bottom() > h * (1 - MARGIN_BAND);
    }

    /** A line with its digits taken out: the page's own number and date differ from page to page. */
    private static String shape(String text) {
        return text.replaceAll("[\\d\\s]+", "#");
    }

    /**
     * The left and right edge of the text, per page width (a landscape page has its own): the leftmost start, and
     * the right edge most long lines reach (not the furthest: a line may end in a punctuation mark hung past it).
     */
    private static Map<Integer, float[]> margins(List<Item> items, Flow[] flow) {
        Map<Integer, float[]> out = new HashMap<>();
        Map<Integer, List<Float>> rights = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (!it.free() || flow[i] == Flow.FURNITURE) {
                continue;
            }
            float[] m = out.computeIfAbsent(key(it), k -> new float[] {Float.MAX_VALUE, 0});
            m[0] = Math.min(m[0], it.line().left());
            rights.computeIfAbsent(key(it), k -> new ArrayList<>()).add(it.line().right());
        }
        for (Map.Entry<Integer, List<Float>> e : rights.entrySet()) {
            List<Float> r = e.getValue();
            r.sort(null);
            out.get(e.getKey())[1] = r.get((int) Math.floor(0.9 * (r.size() - 1)));
        }
        return out;
    }

    private static boolean continues(Item above, Item line, Map<Integer, float[]> margins) {
        return full(above, margins, firstWord(line)) && line.line().left() <= margins.get(key(line))[0] + 0.8f * em(line)
                && !(NUMBERED.matcher(line.text()).find() && SENTENCE_END.matcher(above.text()).matches());
    }

    /**
     * The line runs from the left margin (or a paragraph's indent) to the right margin as one piece of text (no
     * wide gaps, as between a table's columns): its paragraph goes on (unless a sentence ended exactly there).
     * {@code nextWord} is how wide the next line's first Latin word or number is: one that did not fit was
     * moved down whole, leaving this line that much shorter.
     */
    private static boolean full(Item it, Map<Integer, float[]> margins, float nextWord) {
        float[] m = margins.get(key(it));
        return it.line().right() >= m[1] - 2.5f * em(it) - nextWord && it.line().left() <= m[0] + 2.5f * em(it)
                && TextLines.chunks(it.line().glyphs(), 2.5f).size() == 1;
    }

    /** The width of the Latin word or number a line starts with, 0 when it starts with a Chinese character. */
    private static float firstWord(Item it) {
        List<Glyph> glyphs = it.line().glyphs();
        float right = it.line().left();
        for (Glyph g : glyphs) {
            char c = g.text().isEmpty() ? ' ' : g.text().charAt(0);
            if (c >= 0x2E80 || Character.isWhitespace(c)) {
                break;
            }
            right = g.right();
        }
        return right - it.line().left();
    }

    private static int key(Item it) {
        return Math.round(it.page().width());
    }

    private static float em(Item it) {
        return Math.max(it.line().height(), 6);
    }

    /**
     * Lines next to a table (nothing but furniture between) that are no prose and no heading: the table's own
     * words, left out of its rows. Looked for going down from each table and going up from each.
     */
    private static void markTableText(List<Item> items, Flow[] flow, Map<Integer, float[]> margins) {
        int n = items.size();
        for (int dir : new int[] {1, -1}) {
            boolean afterTable = false;
            for (int k = 0; k < n; k++) {
                int i = dir > 0 ? k : n - 1 - k;
                Item it = items.get(i);
                if (flow[i] == Flow.FURNITURE) {
                    continue;
                }
                if (!it.free()) {
                    afterTable = true;
                    continue;
                }
                if (afterTable && flow[i] != Flow.IN_TABLE && !prose(items, flow, i, margins) && !heading(it.row())) {
                    flow[i] = Flow.IN_TABLE;
                } else if (flow[i] != Flow.IN_TABLE) {
                    afterTable = false;
                }
            }
        }
    }

    private static boolean prose(List<Item> items, Flow[] flow, int i, Map<Integer, float[]> margins) {
        Item it = items.get(i);
        if (SENTENCE_END.matcher(it.text()).matches() || flow[i] == Flow.CONTINUED) {
            return true;
        }
        for (int j = i + 1; j < items.size(); j++) {
            if (flow[j] != Flow.FURNITURE) {
                if (flow[j] == Flow.CONTINUED) {
                    return true;
                }
                break;
            }
        }
        return full(it, margins, 0);
    }

    private static boolean heading(Row row) {
        return Sections.heading(row) != null || Sections.narrativeHeading(row) != null;
    }
}
