package io.github.xxgk.source.pdf;

import io.github.xxgk.source.Cell;
import io.github.xxgk.source.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Unruled tables: where lines carry numbers set apart in columns, the numbers' x positions give the value
 * columns, each line with numbers a row, and the label text around it (a label wrapped above and below its
 * numbers) that row's label. Each value sits in the column its x position falls in, so a blank cell keeps
 * its place.
 */
final class StreamTables {

    private static final Pattern VALUE = Pattern.compile("[+\\-－]?[0-9０-９][0-9０-９,，.．]*[%万元件笔个项]{0,2}|[—－\\-/／]{1,2}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private StreamTables() {
    }

    private record Chunk(String text, float left, float right, float top, float bottom, boolean value) {
        float cx() {
            return (left + right) / 2;
        }

        float cy() {
            return (top + bottom) / 2;
        }
    }

    private record Line(TextLines.Line line, List<Chunk> chunks) {
        boolean hasValues() {
            int values = 0;
            boolean label = false;
            for (Chunk c : chunks) {
                if (c.value()) {
                    values++;
                } else if (values == 0 && HAN.matcher(c.text()).find()) {
                    label = true;
                }
            }
            return values >= 2 || (values == 1 && label && chunks.size() >= 2);
        }
    }

    static List<Block> find(PageObjects page, List<Glyph> free, List<Glyph> rest) {
        List<Line> lines = new ArrayList<>();
        for (TextLines.Line l : TextLines.lines(free)) {
            List<Chunk> chunks = new ArrayList<>();
            for (List<Glyph> g : TextLines.chunks(l.glyphs(), 1.0f)) {
                String t = TextLines.join(g);
                float top = Float.MAX_VALUE;
                float bottom = -Float.MAX_VALUE;
                for (Glyph x : g) {
                    top = Math.min(top, x.y());
                    bottom = Math.max(bottom, x.bottom());
                }
                chunks.add(new Chunk(t, g.get(0).x(), g.get(g.size() - 1).right(), top, bottom, VALUE.matcher(t).matches()));
            }
            lines.add(new Line(l, chunks));
        }
        List<Block> blocks = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).hasValues()) {
                i++;
                continue;
            }
            // a run of value lines, with the label lines between them
            int j = i;
            int lastValue = i;
            while (j + 1 < lines.size()) {
                Line next = lines.get(j + 1);
                float gap = next.line().top() - lines.get(j).line().bottom();
                if (gap > 3 * Math.max(lines.get(j).line().height(), 8)) {
                    break;
                }
                if (next.hasValues()) {
                    lastValue = j + 1;
                } else if (j + 1 - lastValue > 3 || isFullWidthText(next, page)) {
                    break;
                }
                j++;
            }
            j = lastValue;
            List<Line> run = lines.subList(i, j + 1);
            // label lines just below the last value line still belong to it
            int k = j + 1;
            while (k < lines.size() && !lines.get(k).hasValues() && k - j <= 2
                    && lines.get(k).line().top() - lines.get(k - 1).line().bottom() < lines.get(k - 1).line().height()
                    && lines.get(k).line().left() > lines.get(i).line().left() - 2 && !isFullWidthText(lines.get(k), page)) {
                k++;
            }
            run = lines.subList(i, k);
            long valueLines = run.stream().filter(Line::hasValues).count();
            long values = run.get(0).chunks().stream().filter(Chunk::value).count();
            if (valueLines >= 2 || values >= 3) {
                blocks.add(new Block(run.get(0).line().top(), rows(run, page.number())));
                for (int m = i; m < k; m++) {
                    used[m] = true;
                }
            }
            i = k;
        }
        for (int m = 0; m < lines.size(); m++) {
            if (!used[m]) {
                rest.addAll(lines.get(m).line().glyphs());
            }
        }
        return blocks;
    }

    /** A line of running text across most of the page ends a table. */
    private static boolean isFullWidthText(Line l, PageObjects page) {
        return l.chunks().size() == 1 && l.line().right() - l.line().left() > page.width() * 0.6f;
    }

    private static List<Row> rows(List<Line> run, int pageNo) {
        // value columns: x centres of the values, clustered
        List<Float> centres = new ArrayList<>();
        float firstValueLeft = Float.MAX_VALUE;
        for (Line l : run) {
            if (l.hasValues()) {
                for (Chunk c : l.chunks()) {
                    if (c.value()) {
                        centres.add(c.cx());
                        firstValueLeft = Math.min(firstValueLeft, c.left());
                    }
                }
            }
        }
        centres.sort(Float::compare);
        List<Float> cols = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (float c : centres) {
            int last = cols.size() - 1;
            if (last >= 0 && c - cols.get(last) < 12) {
                int n = counts.get(last);
                cols.set(last, (cols.get(last) * n + c) / (n + 1));
                counts.set(last, n + 1);
            } else {
                cols.add(c);
                counts.add(1);
            }
        }
        List<Line> valueLines = run.stream().filter(Line::hasValues).toList();
        List<List<Chunk>> labels = new ArrayList<>();
        for (int i = 0; i < valueLines.size(); i++) {
            labels.add(new ArrayList<>());
        }
        List<Row> loose = new ArrayList<>();
        List<Float> looseAt = new ArrayList<>();
        for (Line l : run) {
            for (Chunk c : l.chunks()) {
                if (c.value() && l.hasValues()) {
                    continue;
                }
                // a label piece belongs to the value line nearest to it vertically
                int best = 0;
                for (int i = 1; i < valueLines.size(); i++) {
                    if (Math.abs(valueLines.get(i).line().cy() - c.cy()) < Math.abs(valueLines.get(best).line().cy() - c.cy())) {
                        best = i;
                    }
                }
                // a label piece belongs to the value line next to it; one further away is a heading of its own
                if (Math.abs(valueLines.get(best).line().cy() - c.cy()) <= 1.3f * Math.max(l.line().height(), 8)) {
                    labels.get(best).add(c);
                } else {
                    loose.add(Row.paragraph(c.text(), pageNo));
                    looseAt.add(c.top());
                }
            }
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < valueLines.size(); i++) {
            List<Chunk> lab = labels.get(i);
            lab.sort(Comparator.comparingDouble(Chunk::top).thenComparingDouble(Chunk::left));
            StringBuilder sb = new StringBuilder();
            for (Chunk c : lab) {
                sb.append(c.text());
            }
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(sb.toString()));
            String[] vals = new String[cols.size()];
            for (Chunk c : valueLines.get(i).chunks()) {
                if (c.value()) {
                    int best = 0;
                    for (int k = 1; k < cols.size(); k++) {
                        if (Math.abs(cols.get(k) - c.cx()) < Math.abs(cols.get(best) - c.cx())) {
                            best = k;
                        }
                    }
                    vals[best] = vals[best] == null ? c.text() : vals[best] + " " + c.text();
                }
            }
            for (String v : vals) {
                cells.add(Cell.of(v == null ? "" : v));
            }
            out.add(new Row(cells, pageNo, true));
        }
        // headings met inside the run go before the first row below them
        for (int m = loose.size() - 1; m >= 0; m--) {
            int at = 0;
            while (at < valueLines.size() && valueLines.get(at).line().top() < looseAt.get(m)) {
                at++;
            }
            int pos = Math.min(at, out.size());
            out.add(pos, loose.get(m));
        }
        return out;
    }
}
