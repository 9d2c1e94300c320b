package io.github.xxgk.internal.source.pdf.layout;

import io.github.xxgk.internal.source.pdf.page.PageObjects;

import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ruled tables: tabula's lattice algorithm finds the cells between the ruling lines
 * ({@link SpreadsheetExtractionAlgorithm#findCells}) and groups them into tables; this class then places
 * every cell on the table's grid of distinct edges, so that a merged cell knows the rows and columns it
 * spans (tabula itself does not model spans).
 */
public final class Lattice {

    private static final float EDGE_TOLERANCE = 2.5f;
    /** How close to the page's edge a cell's side must be for the table to be cut there. */
    private static final float PAGE_EDGE = 1.0f;

    private Lattice() {
    }

    /** The ruled tables of a page, top to bottom. */
    public static List<Grid> find(PageObjects page) {
        List<Ruling> hs = new ArrayList<>();
        List<Ruling> vs = new ArrayList<>();
        for (Ruling r : page.rulings()) {
            if (r.horizontal()) {
                hs.add(r);
            } else if (r.vertical()) {
                vs.add(r);
            }
        }
        if (hs.size() < 2 || vs.size() < 2) {
            return List.of();
        }
        hs = Ruling.collapseOrientedRulings(snap(hs));
        vs = Ruling.collapseOrientedRulings(snap(vs));
        List<Ruling> closeH = closeOpenEnds(vs, hs, false, page.height());
        List<Ruling> synthetic = new ArrayList<>(closeH);
        List<Ruling> closeV = closeOpenEnds(hs, vs, true, page.width());
        if (!closeH.isEmpty() || !closeV.isEmpty()) {
            hs.addAll(closeH);
            vs.addAll(closeV);
            hs = Ruling.collapseOrientedRulings(hs);
            vs = Ruling.collapseOrientedRulings(vs);
        }
        List<? extends Rectangle> cells = withoutCutCells(SpreadsheetExtractionAlgorithm.findCells(hs, vs), page.width());
        if (cells.size() < 2) {
            return List.of();
        }
        List<Rectangle> areas = SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells);
        List<Grid> grids = new ArrayList<>();
        for (Rectangle area : areas) {
            List<Rectangle> mine = new ArrayList<>();
            for (Rectangle c : cells) {
                if (c.getLeft() >= area.getLeft() - 1 && c.getRight() <= area.getRight() + 1
                        && c.getTop() >= area.getTop() - 1 && c.getBottom() <= area.getBottom() + 1) {
                    mine.add(c);
                }
            }
            Grid g = Grid.of(page.number(), mine, synthetic);
            if (g != null && g.rows() >= 1 && g.cols() >= 2 && g.cells().size() >= 2) {
                grids.add(g);
            }
        }
        grids.sort((a, b) -> Float.compare(a.top(), b.top()));
        return grids;
    }

    /**
     * Where a table runs over a page break its border on that side is missing: the vertical lines that run
     * into the break end together, at the lowest (or highest) point of the page's rulings, with nothing across
     * some of them. Those gaps get a closing line, so the cells cut by the break are found too. The same holds
     * for horizontal lines cut by the page's left or right edge.
     *
     * @param lines    rulings of one orientation whose ends are examined
     * @param across   rulings of the other orientation
     * @param vertical whether the closing lines to make are vertical (the examined lines are horizontal)
     */
    private static List<Ruling> closeOpenEnds(List<Ruling> lines, List<Ruling> across, boolean vertical, float pageExtent) {
        List<Ruling> out = new ArrayList<>();
        if (lines.size() < 2) {
            return out;
        }
        for (int side = 0; side < 2; side++) {
            float extreme = side == 0 ? Float.MAX_VALUE : -Float.MAX_VALUE;
            for (Ruling r : lines) {
                extreme = side == 0 ? Math.min(extreme, r.getStart()) : Math.max(extreme, r.getEnd());
            }
            if (vertical && extreme > 3 && extreme < pageExtent - 3) {
                continue;
            }
            List<Float> at = new ArrayList<>();
            for (Ruling r : lines) {
                float end = side == 0 ? r.getStart() : r.getEnd();
                if (Math.abs(end - extreme) <= EDGE_TOLERANCE) {
                    at.add(r.getPosition());
                }
            }
            if (at.size() < 2) {
                continue;
            }
            at.sort(Float::compare);
            for (int i = 0; i + 1 < at.size(); i++) {
                float lo = at.get(i);
                float hi = at.get(i + 1);
                if (hi - lo > 1 && !covered(across, extreme, lo, hi)) {
                    out.add(vertical
                            ? new Ruling(new Point2D.Float(extreme, lo), new Point2D.Float(extreme, hi))
                            : new Ruling(new Point2D.Float(lo, extreme), new Point2D.Float(hi, extreme)));
                }
            }
        }
        return out;
    }

    /**
     * A cell that reaches the page's left or right edge lies partly beyond the page: the table was cut there (a
     * Word table wider than the page; LibreOffice draws a border where it cuts, and a line made by
     * {@link #closeOpenEnds} closes it otherwise). Whatever the cell held past the edge is not in the file, so a
     * blank or a piece of text in it says nothing about the cell. It is left out: its cells are then missing,
     * which the completeness check names, never read as blank or as the piece that shows. A table's own border
     * never lies on the page edge: pages have margins, and a cell merely near the edge (2 pt in) is kept.
     */
    private static List<? extends Rectangle> withoutCutCells(List<? extends Rectangle> cells, float pageWidth) {
        // the cut column on each side: between the page edge and the innermost left (right) side of a cell there
        float cutRight = Float.NaN;
        float cutLeft = Float.NaN;
        for (Rectangle c : cells) {
            if (c.getRight() >= pageWidth - PAGE_EDGE) {
                cutRight = Float.isNaN(cutRight) ? c.getLeft() : Math.max(cutRight, c.getLeft());
            }
            if (c.getLeft() <= PAGE_EDGE) {
                cutLeft = Float.isNaN(cutLeft) ? c.getRight() : Math.min(cutLeft, c.getRight());
            }
        }
        if (Float.isNaN(cutRight) && Float.isNaN(cutLeft)) {
            return cells;
        }
        List<Rectangle> out = new ArrayList<>(cells.size());
        for (Rectangle c : cells) {
            float left = c.getLeft();
            float right = c.getRight();
            if (!Float.isNaN(cutRight) && right >= pageWidth - PAGE_EDGE) {
                // a cell spanning into the cut column (申请人情况 over the applicant columns) keeps its part on the page
                right = cutRight;
            }
            if (!Float.isNaN(cutLeft) && left <= PAGE_EDGE) {
                left = cutLeft;
            }
            if (right - left <= EDGE_TOLERANCE) {
                continue;
            }
            out.add(left == c.getLeft() && right == c.getRight() ? c : new Rectangle(c.getTop(), left, right - left, (float) c.getHeight()));
        }
        return out;
    }

    /**
     * Lines of one border drawn in pieces a fraction of a point apart (Word draws the border of a merged
     * cell and of its neighbour separately: 745.2 and 745.5) are put at one position, since tabula joins
     * only lines at exactly the same position, and a cell whose border is in two pieces is otherwise lost.
     */
    private static List<Ruling> snap(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort((a, b) -> Float.compare(a.getPosition(), b.getPosition()));
        List<Ruling> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            float sum = 0;
            while (j < sorted.size() && sorted.get(j).getPosition() - sorted.get(i).getPosition() <= 1.0f) {
                sum += sorted.get(j).getPosition();
                j++;
            }
            float pos = sum / (j - i);
            for (int k = i; k < j; k++) {
                Ruling r = sorted.get(k);
                out.add(r.vertical()
                        ? new Ruling(new Point2D.Float(pos, r.getStart()), new Point2D.Float(pos, r.getEnd()))
                        : new Ruling(new Point2D.Float(r.getStart(), pos), new Point2D.Float(r.getEnd(), pos)));
            }
            i = j;
        }
        return out;
    }

    /** Whether a ruling lies at {@code pos} across most of lo..hi. */
    private static boolean covered(List<Ruling> rulings, float pos, float lo, float hi) {
        for (Ruling r : rulings) {
            if (Math.abs(r.getPosition() - pos) <= EDGE_TOLERANCE && r.getStart() <= lo + 2 && r.getEnd() >= hi - 2) {
                return true;
            }
        }
        return false;
    }

    /** Sorted distinct values, those closer than the tolerance merged. */
    static float[] edges(float[] values) {
        float[] v = values.clone();
        Arrays.sort(v);
        float[] out = new float[v.length];
        int n = 0;
        int i = 0;
        while (i < v.length) {
            int j = i;
            float sum = 0;
            while (j < v.length && v[j] - v[i] <= EDGE_TOLERANCE) {
                sum += v[j];
                j++;
            }
            out[n++] = sum / (j - i);
            i = j;
        }
        return Arrays.copyOf(out, n);
    }

    static int nearest(float[] edges, float v) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - v) < Math.abs(edges[best] - v)) {
                best = i;
            }
        }
        return best;
    }
}
