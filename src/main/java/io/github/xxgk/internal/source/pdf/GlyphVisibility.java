package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.Glyph;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Which of a page's glyphs a reader of the printed page never sees: text drawn in an invisible rendering mode
 * (3, or 7 which only clips) or fully transparent, text whose place is clipped away, and text an opaque picture
 * drawn after it covers. Scanner software and tools such as ocrmypdf lay their OCR guess over the page's
 * picture exactly so: that text is another program's reading, not what the page prints.
 * <p>
 * A glyph is judged by its centre, in the page's user space. Text past the page's edge is not called clipped:
 * the reader keeps a table column drawn past the edge on purpose ({@link PageScanner}).
 */
final class GlyphVisibility {

    private static final COSName SMASK_IN_DATA = COSName.getPDFName("SMaskInData");

    /** An opaque picture as drawn: the glyphs drawn before it, its box and the clip it was drawn through. */
    private record Cover(int glyphsBefore, Path2D box, Rectangle2D bounds, List<Path2D> clip) {

        boolean hides(Point2D p) {
            return bounds.contains(p) && box.contains(p) && inside(clip, p);
        }
    }

    private final PDRectangle cropBox;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Point2D.Float> centres = new ArrayList<>();
    private final Set<Glyph> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Glyph> unpainted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Cover> covers = new ArrayList<>();

    GlyphVisibility(PDRectangle cropBox) {
        this.cropBox = cropBox;
    }

    /** A glyph as shown, with its centre in user space and the state it was drawn in. */
    void glyph(Glyph g, Point2D.Float centre, PDGraphicsState gs) {
        glyphs.add(g);
        centres.add(centre);
        if (!painted(gs)) {
            unpainted.add(g);
            hidden.add(g);
        } else if (clippedAway(centre, gs)) {
            hidden.add(g);
        }
    }

    /** A picture drawn in the unit square of the current transformation. */
    void image(PDImage image, PDGraphicsState gs) {
        if (!opaque(image, gs)) {
            return;
        }
        Matrix m = gs.getCurrentTransformationMatrix();
        Path2D.Float box = new Path2D.Float();
        Point2D.Float p = m.transformPoint(0, 0);
        box.moveTo(p.x, p.y);
        p = m.transformPoint(1, 0);
        box.lineTo(p.x, p.y);
        p = m.transformPoint(1, 1);
        box.lineTo(p.x, p.y);
        p = m.transformPoint(0, 1);
        box.lineTo(p.x, p.y);
        box.closePath();
        covers.add(new Cover(glyphs.size(), box, box.getBounds2D(), List.copyOf(gs.getCurrentClippingPaths())));
    }

    /** The glyphs drawn in a rendering mode or with an alpha that paints nothing (identity set). */
    Set<Glyph> unpainted() {
        return unpainted;
    }

    /** The glyphs never seen (identity set): unpainted, clipped away, or covered by a picture drawn later. */
    Set<Glyph> hidden() {
        for (Cover c : covers) {
            for (int i = 0; i < c.glyphsBefore(); i++) {
                Glyph g = glyphs.get(i);
                if (!hidden.contains(g) && c.hides(centres.get(i))) {
                    hidden.add(g);
                }
            }
        }
        covers.clear();
        return hidden;
    }

    private static boolean painted(PDGraphicsState gs) {
        RenderingMode mode = gs.getTextState().getRenderingMode();
        return mode.isFill() && gs.getNonStrokeAlphaConstant() > 0 || mode.isStroke() && gs.getAlphaConstant() > 0;
    }

    /** On the page, but outside the clip it is drawn through. */
    private boolean clippedAway(Point2D p, PDGraphicsState gs) {
        return onPage(p) && !inside(gs.getCurrentClippingPaths(), p);
    }

    private boolean onPage(Point2D p) {
        return p.getX() >= cropBox.getLowerLeftX() && p.getX() <= cropBox.getUpperRightX()
                && p.getY() >= cropBox.getLowerLeftY() && p.getY() <= cropBox.getUpperRightY();
    }

    private static boolean inside(List<Path2D> clip, Point2D p) {
        for (Path2D c : clip) {
            if (!c.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A picture that hides what lies under it: no stencil (it paints only its mask), no mask or soft mask, drawn
     * fully opaque in the normal blend mode (a scan multiplied over text lets the text show through).
     */
    static boolean opaque(PDImage image, PDGraphicsState gs) {
        if (image.isStencil() || gs.getNonStrokeAlphaConstant() < 1 || gs.getSoftMask() != null) {
            return false;
        }
        BlendMode blend = gs.getBlendMode();
        if (blend != BlendMode.NORMAL && blend != BlendMode.COMPATIBLE) {
            return false;
        }
        if (image instanceof PDImageXObject x) {
            COSDictionary d = x.getCOSObject();
            if (d.containsKey(COSName.SMASK) || d.containsKey(COSName.MASK)) {
                return false;
            }
            COSBase inData = d.getDictionaryObject(SMASK_IN_DATA);
            return !(inData instanceof COSNumber n) || n.intValue() == 0;
        }
        return true;
    }
}
