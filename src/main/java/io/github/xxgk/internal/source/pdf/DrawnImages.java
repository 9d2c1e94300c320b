package io.github.xxgk.internal.source.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The image XObjects a page draws that are big enough to hold a table, each with the box it is drawn in
 * (display coordinates of the page, as {@link PageScanner} gives its glyphs). Only the operators that place
 * images are run (q, Q, cm, Do, forms followed), never the text: a page with such an image costs one parse of
 * its content stream; a page without one costs a look at its resources.
 */
final class DrawnImages {

    /** An image as drawn: its pixels' source and its place on the page, in points. */
    record Drawn(PDImageXObject image, float x, float y, float w, float h, Rectangle region) {

        Drawn(PDImageXObject image, float x, float y, float w, float h) {
            this(image, x, y, w, h, new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        }

        /**
         * The part of the picture the page shows: a picture drawn past the page's edge (LibreOffice places a
         * wide one at its pixel size) is cut there, as a born-digital table is, so the cells beyond the edge are
         * missing and named by the completeness check. Null when nothing of it is on the page.
         */
        Drawn clippedTo(float pageWidth, float pageHeight) {
            float x0 = Math.max(x, 0);
            float y0 = Math.max(y, 0);
            float x1 = Math.min(x + w, pageWidth);
            float y1 = Math.min(y + h, pageHeight);
            if (x0 == x && y0 == y && x1 == x + w && y1 == y + h) {
                return this;
            }
            double px = region.width / w;
            double py = region.height / h;
            int rx0 = region.x + (int) Math.ceil((x0 - x) * px);
            int ry0 = region.y + (int) Math.ceil((y0 - y) * py);
            int rx1 = region.x + (int) Math.floor((x1 - x) * px);
            int ry1 = region.y + (int) Math.floor((y1 - y) * py);
            if (rx1 - rx0 < MIN_WIDTH_PX || ry1 - ry0 < MIN_HEIGHT_PX) {
                return null;
            }
            return new Drawn(image, (float) (x + (rx0 - region.x) / px), (float) (y + (ry0 - region.y) / py),
                    (float) ((rx1 - rx0) / px), (float) ((ry1 - ry0) / py), new Rectangle(rx0, ry0, rx1 - rx0, ry1 - ry0));
        }
    }

    /**
     * The fewest pixels a picture of a table has on each side: a table of the report's forms has at least three
     * rows of text and several columns, which a picture shows legibly only with this many pixels.
     */
    static final int MIN_WIDTH_PX = 300;
    static final int MIN_HEIGHT_PX = 60;

    private static final int MAX_FORM_DEPTH = 8;

    private DrawnImages() {
    }

    /** Whether the page's resources hold an image that could hold a table (forms searched too): the cheap test. */
    static boolean hasLargeImage(PDPage page) {
        return hasLargeImage(page.getResources(), 0);
    }

    private static boolean hasLargeImage(PDResources res, int depth) {
        if (res == null || depth > MAX_FORM_DEPTH) {
            return false;
        }
        for (COSName n : res.getXObjectNames()) {
            try {
                PDXObject x = res.getXObject(n);
                if (x instanceof PDImageXObject img && img.getWidth() >= MIN_WIDTH_PX && img.getHeight() >= MIN_HEIGHT_PX) {
                    return true;
                }
                if (x instanceof PDFormXObject f && hasLargeImage(f.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable XObject is no table picture; the text reader has named any real damage
            }
        }
        return false;
    }

    /**
     * The large images the page draws upright (not turned or mirrored), in drawing order.
     *
     * @param rotation the rotation the page's glyphs were turned by ({@link PageObjects#rotation()})
     */
    static List<Drawn> of(PDPage page, int rotation) throws IOException {
        Finder f = new Finder(page, PageScanner.toDisplay(page, rotation));
        f.processPage(page);
        return f.found;
    }

    /** A stream engine that knows only the operators that place an image. */
    private static final class Finder extends PDFStreamEngine {

        private final AffineTransform toDisplay;
        private final List<Drawn> found = new ArrayList<>();

        Finder(PDPage page, AffineTransform toDisplay) {
            this.toDisplay = toDisplay;
            addOperator(new Save());
            addOperator(new Restore());
            addOperator(new Concatenate());
            addOperator(new Draw());
        }

        void place(PDImageXObject img) {
            if (img.getWidth() < MIN_WIDTH_PX || img.getHeight() < MIN_HEIGHT_PX) {
                return;
            }
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            // the unit square's corners: image row 0 is at y = 1 in image space
            Point2D topLeft = display(m, 0, 1);
            Point2D bottomRight = display(m, 1, 0);
            Point2D topRight = display(m, 1, 1);
            boolean upright = Math.abs(topLeft.getY() - topRight.getY()) < 0.5
                    && topLeft.getX() < bottomRight.getX() && topLeft.getY() < bottomRight.getY();
            if (!upright) {
                return; // a turned or mirrored picture: its pixels would need turning first
            }
            found.add(new Drawn(img, (float) topLeft.getX(), (float) topLeft.getY(),
                    (float) (bottomRight.getX() - topLeft.getX()), (float) (bottomRight.getY() - topLeft.getY())));
        }

        private Point2D display(Matrix m, float x, float y) {
            Point2D.Float u = m.transformPoint(x, y);
            return toDisplay.transform(u, new Point2D.Float());
        }

        /** {@code Do}: an image is placed, a form is followed. */
        private final class Draw extends OperatorProcessor {

            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
                    return;
                }
                PDResources res = getResources();
                PDXObject x = res == null ? null : res.getXObject(name);
                if (x instanceof PDImageXObject img) {
                    place(img);
                } else if (x instanceof PDFormXObject form) {
                    showForm(form);
                }
            }

            @Override
            public String getName() {
                return "Do";
            }
        }
    }
}
