package io.github.xxgk.internal.source.pdf.layout;

import io.github.xxgk.internal.source.pdf.page.Block;
import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.pdf.page.TextLines;

import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.pdf.stream.RunFinder;
import technology.tabula.Rectangle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the scanned pages into rows in reading order: the text outside tables as paragraphs, a line each
 * (with its place in the running text from {@link ProseLines}), and every table row as one cell per grid column
 * with spans resolved. A ruled table that runs over a page
 * break is read as one table: its parts share their column edges, and a cell cut by the break (a label
 * wrapped over the break, a merged label running on) is read as one cell.
 */
public final class PdfLayout {

    /** A page number or running header between the parts of a table: short and not a section heading. */
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+[、.．]");

    private PdfLayout() {
    }

    /** One page: its ruled tables, the glyphs in their cells, and the rest as blocks (paragraph lines, unruled tables). */
    private static final class Plan {
        final PageObjects page;
        final List<Grid> grids = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final Map<Rectangle, List<Glyph>> inCells = new IdentityHashMap<>();
        /** The printed line of each paragraph row outside the tables, for {@link ProseLines}. */
        final Map<Row, TextLines.Line> lines = new IdentityHashMap<>();

        Plan(PageObjects page) {
            this.page = page;
        }
    }

    public static List<Row> rows(List<PageObjects> pages) {
        List<Plan> plans = new ArrayList<>(pages.size());
        RunFinder unruled = new RunFinder();
        for (PageObjects p : pages) {
            plans.add(plan(p, unruled));
        }
        // tabula's rectangles are equal by their coordinates: cells of two pages may coincide, so identity counts
        Map<Rectangle, String> texts = new IdentityHashMap<>();
        // cells read by OCR: how sure the engine was (a cell cut by a page break gets the worse of its parts)
        Map<Rectangle, OcrNote> notes = new IdentityHashMap<>();
        for (Plan plan : plans) {
            for (Map.Entry<Rectangle, List<Glyph>> e : plan.inCells.entrySet()) {
                texts.put(e.getKey(), TextLines.joinLines(TextLines.lines(e.getValue())).strip());
                for (Glyph g : e.getValue()) {
                    OcrNote n = plan.page.ocr().get(g);
                    if (n != null) {
                        notes.put(e.getKey(), OcrNote.worse(notes.get(e.getKey()), n));
                    }
                }
            }
        }
        Set<Rectangle> merged = Collections.newSetFromMap(new IdentityHashMap<>());
        linkAcrossPages(plans, texts, merged);
        List<ProseLines.Item> items = new ArrayList<>();
        for (Plan plan : plans) {
            List<Block> blocks = new ArrayList<>(plan.blocks);
            for (Grid g : plan.grids) {
                blocks.add(new Block(g.top(), gridRows(g, texts, notes, merged)));
            }
            blocks.sort(Comparator.comparingDouble(Block::top));
            for (Block b : blocks) {
                for (Row r : b.rows()) {
                    items.add(new ProseLines.Item(r, plan.lines.get(r), plan.page));
                }
            }
        }
        return ProseLines.assign(items);
    }

    private static Plan plan(PageObjects page, RunFinder unruled) {
        Plan plan = new Plan(page);
        plan.grids.addAll(Lattice.find(page));
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            // a space read by OCR marks a cell seen blank: it goes to its cell for its note, and gives no text
            if (g.isSpace() && !page.ocr().containsKey(g)) {
                free.add(g);
                continue;
            }
            Grid.GridCell cell = cellOf(plan.grids, g);
            if (cell == null) {
                free.add(g);
            } else {
                plan.inCells.computeIfAbsent(cell.rect(), k -> new ArrayList<>()).add(g);
            }
        }
        List<Glyph> rest = new ArrayList<>();
        plan.blocks.addAll(unruled.find(page, free, rest));
        for (TextLines.Line line : TextLines.lines(rest)) {
            String text = paragraphText(line);
            if (!text.isBlank()) {
                // a line read by OCR (a scan's title) keeps how sure the engine was, for check ID to judge its agency
                OcrNote note = null;
                for (Glyph g : line.glyphs()) {
                    note = OcrNote.worse(note, page.ocr().get(g));
                }
                Row row = note == null ? Row.paragraph(text, page.number())
                        : new Row(List.of(Cell.ocr(text, note)), page.number(), false);
                plan.lines.put(row, line);
                plan.blocks.add(new Block(line.top(), List.of(row)));
            }
        }
        return plan;
    }

    /**
     * Finds tables that continue on the next page (the last table of a page and the first of the next, with
     * the same left and right edges and nothing but page furniture between them), gives all parts of such a
     * table the same column edges, and joins the cells cut by each break.
     */
    private static void linkAcrossPages(List<Plan> plans, Map<Rectangle, String> texts, Set<Rectangle> merged) {
        int i = 0;
        while (i < plans.size()) {
            // the chain of (plan index) whose last/first grids continue each other
            int j = i;
            boolean more = false;
            while (j + 1 < plans.size() && continues(plans.get(j), plans.get(j + 1))) {
                j++;
                if (plans.get(j).grids.size() != 1) {
                    more = true; // the table ends on this page; the page's last table may continue in turn
                    break;
                }
            }
            if (j > i) {
                List<Float> xs = new ArrayList<>();
                for (int k = i; k <= j; k++) {
                    Plan p = plans.get(k);
                    if (k > i) {
                        addAll(xs, p.grids.get(0).xs());
                    }
                    if (k < j) {
                        addAll(xs, p.grids.get(p.grids.size() - 1).xs());
                    }
                }
                float[] columns = new float[xs.size()];
                for (int k = 0; k < columns.length; k++) {
                    columns[k] = xs.get(k);
                }
                columns = Lattice.edges(columns);
                for (int k = i; k <= j; k++) {
                    Plan p = plans.get(k);
                    if (k > i) {
                        p.grids.set(0, p.grids.get(0).withColumns(columns));
                    }
                    if (k < j) {
                        int last = p.grids.size() - 1;
                        p.grids.set(last, p.grids.get(last).withColumns(columns));
                    }
                }
                for (int k = i; k < j; k++) {
                    Plan a = plans.get(k);
                    joinBrokenCells(a.grids.get(a.grids.size() - 1), plans.get(k + 1).grids.get(0), texts, merged);
                }
            }
            i = more ? j : j + 1;
        }
    }

    private static void addAll(List<Float> to, float[] values) {
        for (float v : values) {
            to.add(v);
        }
    }

    private static boolean continues(Plan a, Plan b) {
        if (a.grids.isEmpty() || b.grids.isEmpty()) {
            return false;
        }
        Grid g1 = a.grids.get(a.grids.size() - 1);
        Grid g2 = b.grids.get(0);
        if (Math.abs(g1.left() - g2.left()) > 4 || Math.abs(g1.right() - g2.right()) > 4) {
            return false;
        }
        for (Block blk : a.blocks) {
            if (blk.top() > g1.bottom() && !isFurniture(blk)) {
                return false;
            }
        }
        for (Block blk : b.blocks) {
            if (blk.top() < g2.top() && !isFurniture(blk)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFurniture(Block b) {
        if (b.rows().size() != 1 || b.rows().get(0).tableRow()) {
            return false;
        }
        String t = b.rows().get(0).text().replaceAll("\\s+", "");
        return t.length() <= 12 && !HEADING.matcher(t).find();
    }

    /**
     * Cells of the first row of {@code g2} that are open at the top continue the cell above them on the
     * previous page: their text is appended there and they are read as spanned.
     */
    private static void joinBrokenCells(Grid g1, Grid g2, Map<Rectangle, String> texts, Set<Rectangle> merged) {
        int last = g1.rows() - 1;
        joinSplitRow(g1, g2, texts, merged);
        boolean betweenRows = numbersAboveAndBelow(g1, g2, texts);
        for (Grid.GridCell c2 : g2.cells()) {
            if (c2.r0() != 0 || !g2.openTop(c2)) {
                continue;
            }
            for (Grid.GridCell c1 : g1.cells()) {
                if (betweenRows && c1.r0() == last && c2.r1() == 1) {
                    continue; // a one-row cell on both sides of a break that falls between two rows
                }
                if (c1.r0() <= last && last < c1.r1() && c1.c0() <= c2.c0() && c2.c0() < c1.c1() && g1.openBottom(c1)) {
                    String a = texts.getOrDefault(c1.rect(), "");
                    String b = texts.getOrDefault(c2.rect(), "");
                    texts.put(c1.rect(), joinText(a, b));
                    merged.add(c2.rect());
                    break;
                }
            }
        }
    }

    /**
     * A browser that breaks a table between two rows may draw neither the bottom border of the last row nor the
     * top border of the next, so every cell looks cut. A number cannot be cut in two: when the last row above
     * and the first row below both hold a number in the same column, the break falls between rows.
     */
    private static boolean numbersAboveAndBelow(Grid g1, Grid g2, Map<Rectangle, String> texts) {
        int last = g1.rows() - 1;
        for (Grid.GridCell c1 : g1.cells()) {
            if (c1.r0() != last || !isNumber(texts.getOrDefault(c1.rect(), ""))) {
                continue;
            }
            for (Grid.GridCell c2 : g2.cells()) {
                if (c2.r0() == 0 && c2.r1() == 1 && c2.c0() == c1.c0() && c2.c1() == c1.c1()
                        && isNumber(texts.getOrDefault(c2.rect(), ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNumber(String t) {
        return t.strip().matches("[+\\-]?[0-9０-９][0-9０-９,.]*");
    }

    /**
     * Word draws a border on both sides of a page break, even when it splits a row: then the first row of the
     * next part holds only the rest of the labels (its values sit on the first part). Such a row, with text only
     * left of the columns where the last row above has its numbers, is joined to the row above.
     */
    private static void joinSplitRow(Grid g1, Grid g2, Map<Rectangle, String> texts, Set<Rectangle> merged) {
        int last = g1.rows() - 1;
        int firstValue = Integer.MAX_VALUE;
        for (Grid.GridCell c : g1.cells()) {
            if (c.r0() == last && texts.getOrDefault(c.rect(), "").matches(".*[0-9０-９].*")) {
                firstValue = Math.min(firstValue, c.c0());
            }
        }
        if (firstValue == Integer.MAX_VALUE) {
            return;
        }
        List<Grid.GridCell> rest = new ArrayList<>();
        for (Grid.GridCell c : g2.cells()) {
            if (c.r0() != 0 || merged.contains(c.rect())) {
                continue;
            }
            String t = texts.getOrDefault(c.rect(), "");
            if (!t.isEmpty()) {
                if (c.c0() >= firstValue) {
                    return;
                }
                rest.add(c);
            }
        }
        if (rest.isEmpty()) {
            return;
        }
        for (Grid.GridCell c2 : rest) {
            for (Grid.GridCell c1 : g1.cells()) {
                if (c1.r0() <= last && last < c1.r1() && c1.c0() <= c2.c0() && c2.c0() < c1.c1()) {
                    texts.put(c1.rect(), joinText(texts.getOrDefault(c1.rect(), ""), texts.getOrDefault(c2.rect(), "")));
                    break;
                }
            }
        }
        for (Grid.GridCell c : g2.cells()) {
            if (c.r0() == 0) {
                merged.add(c.rect());
            }
        }
    }

    private static String joinText(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        char x = a.charAt(a.length() - 1);
        char y = b.charAt(0);
        boolean latin = Character.isLetter(x) && x < 0x80 && Character.isLetter(y) && y < 0x80;
        return latin ? a + " " + b : a + b;
    }

    /** A paragraph line; pieces far apart (a page number beside a header) are kept apart by spaces. */
    private static String paragraphText(TextLines.Line line) {
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> chunk : TextLines.chunks(line.glyphs(), 2.5f)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(TextLines.join(chunk));
        }
        return sb.toString().strip();
    }

    private static Grid.GridCell cellOf(List<Grid> grids, Glyph g) {
        float x = g.cx();
        float y = g.cy();
        for (Grid grid : grids) {
            if (grid.contains(x, y)) {
                for (Grid.GridCell c : grid.cells()) {
                    if (c.contains(x, y)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static List<Row> gridRows(Grid grid, Map<Rectangle, String> texts, Map<Rectangle, OcrNote> notes,
                                      Set<Rectangle> merged) {
        int rows = grid.rows();
        int cols = grid.cols();
        Cell[][] m = new Cell[rows][cols];
        boolean[] anchored = new boolean[rows];
        for (Grid.GridCell c : grid.cells()) {
            boolean cont = merged.contains(c.rect());
            String text = cont ? "" : texts.getOrDefault(c.rect(), "");
            for (int r = c.r0(); r < c.r1(); r++) {
                for (int k = c.c0(); k < c.c1(); k++) {
                    m[r][k] = (!cont && r == c.r0() && k == c.c0()) ? new Cell(text, false, notes.get(c.rect())) : Cell.spanned();
                }
            }
            if (!text.isEmpty()) {
                anchored[c.r0()] = true;
            }
        }
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!anchored[r]) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(cols);
            for (int k = 0; k < cols; k++) {
                cells.add(m[r][k] == null ? Cell.of("") : m[r][k]);
            }
            out.add(new Row(cells, grid.page(), true));
        }
        return out;
    }

    /** Rows as tab-joined text with their page, for eyeballing a reader's output. */
    public static String dump(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(r.page()).append(r.tableRow() ? " T| " : " P| ");
            for (int i = 0; i < r.cells().size(); i++) {
                Cell c = r.cells().get(i);
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(c.continuation() ? "^" : c.text());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
