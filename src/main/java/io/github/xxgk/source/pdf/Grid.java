package io.github.xxgk.source.pdf;

import technology.tabula.Rectangle;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table on one page: its column and row edges, and its cells, each spanning rows r0..r1-1 and
 * columns c0..c1-1 of the grid.
 */
record Grid(int page, float[] xs, float[] ys, List<GridCell> cells) {

    record GridCell(int r0, int c0, int r1, int c1, float left, float top, float right, float bottom) {

        boolean contains(float x, float y) {
            return x >= left && x <= right && y >= top && y <= bottom;
        }
    }

    static Grid of(int page, List<Rectangle> rects) {
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
        return withEdges(page, Lattice.edges(xv), Lattice.edges(yv), rects);
    }

    static Grid withEdges(int page, float[] xs, float[] ys, List<Rectangle> rects) {
        List<GridCell> cells = new ArrayList<>(rects.size());
        for (Rectangle r : rects) {
            int c0 = Lattice.nearest(xs, r.getLeft());
            int c1 = Lattice.nearest(xs, r.getRight());
            int r0 = Lattice.nearest(ys, r.getTop());
            int r1 = Lattice.nearest(ys, r.getBottom());
            if (c1 > c0 && r1 > r0) {
                cells.add(new GridCell(r0, c0, r1, c1, r.getLeft(), r.getTop(), r.getRight(), r.getBottom()));
            }
        }
        return new Grid(page, xs, ys, cells);
    }

    int rows() {
        return ys.length - 1;
    }

    int cols() {
        return xs.length - 1;
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }

    boolean contains(float x, float y) {
        return x >= left() - 0.5f && x <= right() + 0.5f && y >= top() - 0.5f && y <= bottom() + 0.5f;
    }
}
