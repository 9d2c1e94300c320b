package io.github.xxgk.source.pdf;

import io.github.xxgk.source.Cell;
import io.github.xxgk.source.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the scanned pages into rows in reading order: the text outside tables as paragraphs, a line each,
 * and every table row as one cell per grid column with spans resolved.
 */
public final class PdfLayout {

    private PdfLayout() {
    }

    static List<Row> rows(List<PageObjects> pages) {
        List<Row> out = new ArrayList<>();
        for (PageObjects page : pages) {
            out.addAll(pageRows(page));
        }
        return out;
    }

    static List<Row> pageRows(PageObjects page) {
        List<Grid> grids = Lattice.find(page);
        Map<Grid.GridCell, List<Glyph>> inCells = new HashMap<>();
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (g.isSpace()) {
                free.add(g);
                continue;
            }
            Grid.GridCell cell = cellOf(grids, g);
            if (cell == null) {
                free.add(g);
            } else {
                inCells.computeIfAbsent(cell, k -> new ArrayList<>()).add(g);
            }
        }
        List<Block> items = new ArrayList<>();
        for (Grid grid : grids) {
            items.add(new Block(grid.top(), gridRows(grid, inCells)));
        }
        List<Glyph> rest = new ArrayList<>();
        List<Block> streamBlocks = StreamTables.find(page, free, rest);
        items.addAll(streamBlocks);
        for (TextLines.Line line : TextLines.lines(rest)) {
            String text = paragraphText(line);
            if (!text.isBlank()) {
                items.add(new Block(line.top(), List.of(Row.paragraph(text, page.number()))));
            }
        }
        items.sort(Comparator.comparingDouble(Block::top));
        List<Row> out = new ArrayList<>();
        for (Block it : items) {
            out.addAll(it.rows());
        }
        return out;
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

    private static List<Row> gridRows(Grid grid, Map<Grid.GridCell, List<Glyph>> inCells) {
        int rows = grid.rows();
        int cols = grid.cols();
        Cell[][] m = new Cell[rows][cols];
        boolean[] anchored = new boolean[rows];
        for (Grid.GridCell c : grid.cells()) {
            List<Glyph> gs = inCells.getOrDefault(c, List.of());
            String text = TextLines.joinLines(TextLines.lines(gs)).strip();
            for (int r = c.r0(); r < c.r1(); r++) {
                for (int k = c.c0(); k < c.c1(); k++) {
                    m[r][k] = (r == c.r0() && k == c.c0()) ? Cell.of(text) : Cell.spanned();
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
