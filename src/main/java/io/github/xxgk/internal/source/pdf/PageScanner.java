package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import technology.tabula.Ruling;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a page's content stream that collects both what tabula's ObjectExtractor collects in two
 * passes: the glyphs with their positions, and the ruling lines (stroked lines and thin filled rectangles,
 * as Word, WPS and browsers draw table borders). Unlike tabula's extractor it does not clip to the page, so a
 * table column drawn past the page edge is still read, and it turns sideways pages upright for the text
 * and the rulings alike.
 */
final class PageScanner extends PDFGraphicsStreamEngine {

    private static final float THIN = 3f;

    private final AffineTransform toDisplay;
    private final float width;
    private final float height;
    private final GeneralPath path = new GeneralPath();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final GlyphVisibility visibility;
    private final SoleImage sole;
    /** The winding rule of a pending clip (W, W*), applied by the path-ending operator that follows; -1 if none. */
    private int clipRule = -1;
    private int unmapped;

    private PageScanner(PDPage page, int rotation) {
        super(page);
        PDRectangle cb = page.getCropBox();
        toDisplay = toDisplay(page, rotation);
        boolean turned = rotation == 90 || rotation == 270;
        width = turned ? cb.getHeight() : cb.getWidth();
        height = turned ? cb.getWidth() : cb.getHeight();
        visibility = new GlyphVisibility(cb);
        sole = new SoleImage(cb);
    }

    /** From the page's user space to display coordinates (points, origin top-left, y down) at this rotation. */
    static AffineTransform toDisplay(PDPage page, int rotation) {
        PDRectangle cb = page.getCropBox();
        float llx = cb.getLowerLeftX();
        float lly = cb.getLowerLeftY();
        float urx = cb.getUpperRightX();
        float ury = cb.getUpperRightY();
        return switch (rotation) {
            case 90 -> new AffineTransform(0, 1, 1, 0, -lly, -llx);
            case 180 -> new AffineTransform(-1, 0, 0, 1, urx, -lly);
            case 270 -> new AffineTransform(0, -1, -1, 0, ury, urx);
            default -> new AffineTransform(1, 0, 0, -1, -llx, ury);
        };
    }

    /** Scans a page; when most of its text runs sideways or upside down, scans it again turned upright. */
    static PageObjects scan(PDPage page, int number) throws IOException {
        return scanDrawn(page, number).page();
    }

    /** {@link #scan}, telling which of the glyphs are never seen ({@link GlyphVisibility}). */
    static DrawnPage scanDrawn(PDPage page, int number) throws IOException {
        int rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
        DrawnPage first = scanOnce(page, number, rotation);
        int dir = dominantDirection(first.page().glyphs());
        if (dir == 0) {
            return first;
        }
        return scanOnce(page, number, (rotation + 360 - dir) % 360);
    }

    private static DrawnPage scanOnce(PDPage page, int number, int rotation) throws IOException {
        PageScanner s = new PageScanner(page, rotation);
        s.processPage(page);
        PageObjects objects = new PageObjects(number, s.width, s.height, rotation, dedupe(s.glyphs), s.rulings, s.unmapped);
        return new DrawnPage(objects, s.visibility.hidden(), s.visibility.unpainted(), s.sole.placed());
    }

    private static int dominantDirection(List<Glyph> glyphs) {
        int[] count = new int[4];
        for (Glyph g : glyphs) {
            if (!g.isSpace()) {
                count[g.dir() / 90]++;
            }
        }
        int total = count[0] + count[1] + count[2] + count[3];
        for (int d = 1; d < 4; d++) {
            if (count[d] * 10 > total * 6) {
                return d * 90;
            }
        }
        return 0;
    }

    /** Fake bold draws a glyph twice, a fraction of a point apart: keep one. */
    private static List<Glyph> dedupe(List<Glyph> in) {
        Map<String, List<Glyph>> seen = new HashMap<>();
        List<Glyph> out = new ArrayList<>(in.size());
        for (Glyph g : in) {
            if (g.isSpace()) {
                out.add(g);
                continue;
            }
            String key = g.text() + '@' + Math.round(g.y() / 4);
            List<Glyph> same = seen.computeIfAbsent(key, k -> new ArrayList<>(2));
            boolean dup = false;
            for (Glyph o : same) {
                float tol = Math.max(0.3f, g.w() * 0.3f);
                if (Math.abs(o.x() - g.x()) < tol && Math.abs(o.y() - g.y()) < tol) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                same.add(g);
                out.add(g);
            }
        }
        return out;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, String unicode, Vector displacement) throws IOException {
        sole.glyph(getGraphicsState());
        if (unicode == null || unicode.isEmpty() || isUnmapped(unicode)) {
            unmapped++;
            return;
        }
        boolean vertical = font.isVertical();
        float adv = vertical ? -displacement.getY() : displacement.getX();
        if (adv <= 0) {
            adv = 0.5f;
        }
        // the glyph's box in text space: advance wide, from a little below the baseline to near the top
        float[] pts = vertical
                ? new float[] {-0.5f, 0, 0.5f, 0, -0.5f, -adv, 0.5f, -adv}
                : new float[] {0, -0.15f, adv, -0.15f, 0, 0.85f, adv, 0.85f};
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        Point2D.Float p = new Point2D.Float();
        for (int i = 0; i < pts.length; i += 2) {
            Point2D.Float u = trm.transformPoint(pts[i], pts[i + 1]);
            toDisplay.transform(u, p);
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        // the direction the text runs in
        Point2D.Float o = trm.transformPoint(0, 0);
        Point2D.Float e = vertical ? trm.transformPoint(0, -1) : trm.transformPoint(1, 0);
        Point2D.Float od = new Point2D.Float();
        Point2D.Float ed = new Point2D.Float();
        toDisplay.transform(o, od);
        toDisplay.transform(e, ed);
        double angle = Math.toDegrees(Math.atan2(ed.y - od.y, ed.x - od.x));
        int dir = (int) (Math.floorMod(Math.round(angle / 90.0), 4) * 90);
        float size = Math.max(Math.abs(trm.getScalingFactorY()), 0.1f);
        unicode = Radicals.unify(unicode);
        Glyph g = new Glyph(minX, minY, maxX - minX, maxY - minY, unicode, size, dir);
        glyphs.add(g);
        Point2D.Float centre = vertical ? trm.transformPoint(0, -adv / 2) : trm.transformPoint(adv / 2, 0.35f);
        visibility.glyph(g, centre, getGraphicsState());
    }

    /** A glyph whose Unicode is a control character, U+FFFD or a private-use code point carries no text. */
    private static boolean isUnmapped(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\t') || (c >= '\uE000' && c <= '\uF8FF')) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo((float) p0.getX(), (float) p0.getY());
        path.lineTo((float) p1.getX(), (float) p1.getY());
        path.lineTo((float) p2.getX(), (float) p2.getY());
        path.lineTo((float) p3.getX(), (float) p3.getY());
        path.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x3, y3);
        } else {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void endPath() {
        endPathAndClip();
    }

    @Override
    public void strokePath() {
        sole.painted();
        addStrokes();
        endPathAndClip();
    }

    @Override
    public void fillPath(int windingRule) {
        sole.painted();
        addFills();
        endPathAndClip();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        sole.painted();
        addFills();
        addStrokes();
        endPathAndClip();
    }

    /**
     * The clip is kept only to tell which text is clipped away ({@link GlyphVisibility}); glyphs and rulings are
     * never cut by it, as content drawn past the page edge still belongs to the table.
     */
    @Override
    public void clip(int windingRule) {
        clipRule = windingRule;
    }

    private void endPathAndClip() {
        if (clipRule != -1) {
            GeneralPath clip = new GeneralPath(path);
            clip.setWindingRule(clipRule);
            getGraphicsState().intersectClippingPath(clip);
            clipRule = -1;
        }
        path.reset();
    }

    /** Images carry no text for this reader, but an opaque one hides the text drawn under it. */
    @Override
    public void drawImage(PDImage pdImage) {
        visibility.image(pdImage, getGraphicsState());
        sole.image(pdImage, getGraphicsState());
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are not ruling lines
        sole.painted();
    }

    /** A group is composed apart before it is painted: only the renderer draws what is in it exactly. */
    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        sole.painted();
        super.showTransparencyGroup(form);
    }

    /** Every straight, axis-parallel segment of a stroked path is a ruling. */
    private void addStrokes() {
        PathIterator it = path.getPathIterator(toDisplay);
        float[] c = new float[6];
        float sx = 0;
        float sy = 0;
        float cx = 0;
        float cy = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    sx = cx = c[0];
                    sy = cy = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    addLine(cx, cy, c[0], c[1]);
                    cx = c[0];
                    cy = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    addLine(cx, cy, sx, sy);
                    cx = sx;
                    cy = sy;
                }
                case PathIterator.SEG_QUADTO -> {
                    cx = c[2];
                    cy = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cx = c[4];
                    cy = c[5];
                }
                default -> {
                }
            }
            it.next();
        }
    }

    /** A filled subpath that is an axis-parallel rectangle: a thin one is a ruling, a larger coloured one gives its edges. */
    private void addFills() {
        if (isWhite(getGraphicsState().getNonStrokingColor())) {
            return;
        }
        PathIterator it = path.getPathIterator(toDisplay);
        float[] c = new float[6];
        List<float[]> pts = new ArrayList<>();
        boolean straight = true;
        while (true) {
            int type = it.isDone() ? PathIterator.SEG_MOVETO : it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                if (straight && pts.size() >= 4 && pts.size() <= 5) {
                    addRect(pts);
                }
                pts = new ArrayList<>();
                straight = true;
                if (it.isDone()) {
                    break;
                }
                pts.add(new float[] {c[0], c[1]});
            } else if (type == PathIterator.SEG_LINETO) {
                pts.add(new float[] {c[0], c[1]});
            } else if (type != PathIterator.SEG_CLOSE) {
                straight = false;
            }
            it.next();
        }
    }

    private void addRect(List<float[]> pts) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] p : pts) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        // a rectangle has every corner on its bounding box
        for (float[] p : pts) {
            boolean onX = Math.abs(p[0] - minX) < 0.5f || Math.abs(p[0] - maxX) < 0.5f;
            boolean onY = Math.abs(p[1] - minY) < 0.5f || Math.abs(p[1] - maxY) < 0.5f;
            if (!onX || !onY) {
                return;
            }
        }
        float w = maxX - minX;
        float h = maxY - minY;
        if (w < THIN && h < THIN) {
            return;
        }
        if (h < THIN) {
            addLine(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        } else if (w < THIN) {
            addLine((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
        } else if (w * h < width * height * 0.5f) {
            addLine(minX, minY, maxX, minY);
            addLine(minX, maxY, maxX, maxY);
            addLine(minX, minY, minX, maxY);
            addLine(maxX, minY, maxX, maxY);
        }
    }

    private void addLine(float x1, float y1, float x2, float y2) {
        float dx = Math.abs(x2 - x1);
        float dy = Math.abs(y2 - y1);
        if (dy < 1f && dx >= 1f) {
            float y = (y1 + y2) / 2;
            rulings.add(new Ruling(new Point2D.Float(Math.min(x1, x2), y), new Point2D.Float(Math.max(x1, x2), y)));
        } else if (dx < 1f && dy >= 1f) {
            float x = (x1 + x2) / 2;
            rulings.add(new Ruling(new Point2D.Float(x, Math.min(y1, y2)), new Point2D.Float(x, Math.max(y1, y2))));
        }
    }

    private static boolean isWhite(PDColor color) {
        try {
            return color != null && !color.isPattern() && (color.toRGB() & 0xFFFFFF) == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
