package io.github.xxgk.internal.source.pdf.layout;

import technology.tabula.Rectangle;
import technology.tabula.Ruling;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table on one page: its column and row edges, and its cells, each spanning rows r0..r1-1 and
 * columns c0..c1-1 of the grid. {@code breaks} are the closing lines added where the table runs over a page
 * break: a cell on such a line is open on that side and continues on the next (or previous) page.
 */
public record Grid(int page, float[] xs, float[] ys, List<GridCell> cells, List<Rectangle> rects, List<Ruling> breaks) {

    public record GridCell(int r0, int c0, int r1, int c1, Rectangle rect) {

        public boolean contains(float x, float y) {
            return x >= rect.getLeft() && x <= rect.getRight() && y >= rect.getTop() && y <= rect.getBottom();
        }
    }

    static Grid of(int page, List<Rectangle> rects, List<Ruling> breaks) {
        if (rects.isEmpty()) {
            return null;
        }
        float[] xv = new float[rects.size() * 2];
        float[] yv = new float[rects.size() * 2];
        for (int i = 0; i < rects.size(); i++) {
            Rectangle r = rects.get(i);
            xv[2 * i] = r.getLeft();
            xv[2 * i + 1] = r.getRight();
            yv[2 * i] = r.getTop();
            yv[2 * i + 1] = r.getBottom();
        }
        return withColumns(page, Lattice.edges(xv), Lattice.edges(yv), rects, breaks);
    }

    /** The same cells on other column edges (those of all the parts of a table that runs over pages). */
    Grid withColumns(float[] columns) {
        return withColumns(page, columns, ys, rects, breaks);
    }

    private static Grid withColumns(int page, float[] xs, float[] ys, List<Rectangle> rects, List<Ruling> breaks) {
        List<GridCell> cells = new ArrayList<>(rects.size());
        for (Rectangle r : rects) {
            int c0 = Lattice.nearest(xs, r.getLeft());
            int c1 = Lattice.nearest(xs, r.getRight());
            int r0 = Lattice.nearest(ys, r.getTop());
            int r1 = Lattice.nearest(ys, r.getBottom());
            if (c1 > c0 && r1 > r0) {
                cells.add(new GridCell(r0, c0, r1, c1, r));
            }
        }
        return new Grid(page, xs, ys, cells, rects, breaks);
    }

    boolean openTop(GridCell c) {
        return onBreak(c.rect().getTop(), (c.rect().getLeft() + c.rect().getRight()) / 2);
    }

    boolean openBottom(GridCell c) {
        return onBreak(c.rect().getBottom(), (c.rect().getLeft() + c.rect().getRight()) / 2);
    }

    private boolean onBreak(float y, float x) {
        for (Ruling r : breaks) {
            if (Math.abs(r.getPosition() - y) <= 2.5f && x >= r.getStart() && x <= r.getEnd()) {
                return true;
            }
        }
        return false;
    }

    public int rows() {
        return ys.length - 1;
    }

    public int cols() {
        return xs.length - 1;
    }

    public float top() {
        return ys[0];
    }

    public float bottom() {
        return ys[ys.length - 1];
    }

    public float left() {
        return xs[0];
    }

    public float right() {
        return xs[xs.length - 1];
    }

    public boolean contains(float x, float y) {
        return x >= left() - 0.5f && x <= right() + 0.5f && y >= top() - 0.5f && y <= bottom() + 0.5f;
    }
}
