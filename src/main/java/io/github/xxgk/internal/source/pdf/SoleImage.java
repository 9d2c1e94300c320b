package io.github.xxgk.internal.source.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Whether a page paints one upright picture and nothing else, as a scanner (or ocrmypdf, whose text layer paints
 * nothing) makes every page: such a page can be turned into pixels from the picture's own samples
 * ({@link ImagePage}) rather than by PDFBox's renderer. {@link PageScanner} tells it everything the content stream
 * paints. Anything else seen leaves the page to the renderer, which alone draws it exactly: text that paints or
 * clips, a path, a shading, an inline image, a second image, a transparency group, and a picture drawn turned,
 * mirrored, cut by a clip, through a mask or soft mask, translucent, blended or through a transfer function.
 */
final class SoleImage {

    /** How far inside a clip's edge the picture's box must lie: a clip on the box's own edge (a page-sized clip) cuts nothing. */
    private static final double EDGE = 0.001;

    /** The one picture a page paints, with the transformation it is drawn by (the page's user space). */
    record Placed(PDImageXObject image, Matrix ctm) {
    }

    private final PDRectangle cropBox;
    private Placed placed;
    /** Something other than one plain upright picture was painted. */
    private boolean other;

    SoleImage(PDRectangle cropBox) {
        this.cropBox = cropBox;
    }

    /** A path, a shading or a group: anything painted that is not a picture or text. */
    void painted() {
        other = true;
    }

    /** A glyph shown: text in rendering mode 3 (a searchable scan's layer) or fully transparent paints nothing. */
    void glyph(PDGraphicsState gs) {
        RenderingMode mode = gs.getTextState().getRenderingMode();
        // clipping text (modes 4 to 7) cuts what is drawn after it even when it paints nothing itself
        if (mode.isClip() || mode.isFill() && gs.getNonStrokeAlphaConstant() > 0 || mode.isStroke() && gs.getAlphaConstant() > 0) {
            other = true;
        }
    }

    /** A picture drawn in the unit square of the current transformation. */
    void image(PDImage image, PDGraphicsState gs) {
        if (placed != null || !(image instanceof PDImageXObject x) || !plain(x, gs)) {
            // a second picture, an inline image (a logo or a strip, never a whole scan) or a picture the renderer alone composes
            other = true;
            return;
        }
        Matrix m = gs.getCurrentTransformationMatrix();
        if (!upright(m) || !unclipped(m, gs)) {
            other = true;
            return;
        }
        placed = new Placed(x, m.clone());
    }

    /** The one picture the page paints, or null when it paints anything else, or nothing. */
    Placed placed() {
        return other ? null : placed;
    }

    /**
     * Drawn as its samples are: opaque ({@link GlyphVisibility#opaque}: no stencil, mask or soft mask, no constant
     * alpha, the normal blend mode), through no transfer function, in no optional content that may hide it.
     */
    private static boolean plain(PDImageXObject x, PDGraphicsState gs) {
        return GlyphVisibility.opaque(x, gs) && gs.getTransfer() == null && !x.getCOSObject().containsKey(COSName.OC);
    }

    /**
     * Neither turned nor mirrored: image row 0 at the top, column 0 at the left. Not skewed at all: under the
     * least skew Java2D steps each axis's sampling by the other's, which one axis after the other does not.
     */
    private static boolean upright(Matrix m) {
        return m.getScaleX() > 0 && m.getScaleY() > 0 && m.getShearX() == 0 && m.getShearY() == 0;
    }

    /** Every clip it is drawn through holds the part of its box that is on the page. */
    private boolean unclipped(Matrix m, PDGraphicsState gs) {
        Rectangle2D box = new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(), m.getScaleX(), m.getScaleY());
        Rectangle2D page = new Rectangle2D.Double(cropBox.getLowerLeftX(), cropBox.getLowerLeftY(), cropBox.getWidth(),
                cropBox.getHeight());
        Rectangle2D shown = box.createIntersection(page);
        if (shown.getWidth() <= 2 * EDGE || shown.getHeight() <= 2 * EDGE) {
            return false;
        }
        double x = shown.getX() + EDGE;
        double y = shown.getY() + EDGE;
        double w = shown.getWidth() - 2 * EDGE;
        double h = shown.getHeight() - 2 * EDGE;
        for (Path2D clip : gs.getCurrentClippingPaths()) {
            if (!clip.contains(x, y, w, h)) {
                return false;
            }
        }
        return true;
    }
}
