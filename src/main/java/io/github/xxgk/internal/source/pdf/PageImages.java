package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.report.Limits;
import io.github.xxgk.internal.source.ocr.GrayImage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import io.github.xxgk.internal.source.ocr.ScannedPage;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Renders a PDF page for OCR at the resolution of the scan it holds (the widest image on the page, spread
 * over the page's width), kept between 150 and 300 dpi and within {@link Limits#maxOcrPixels()}. A page that
 * paints one upright picture and nothing else (a scanned page) is made from the picture's samples
 * ({@link ImagePage}); any other page, or one whose picture only the renderer draws exactly, by PDFBox's renderer.
 */
final class PageImages {

    static final double MAX_DPI = 300;

    private PageImages() {
    }

    /** The page with colour ink dropped ({@link GrayImage#of}) and kept ({@link GrayImage#darkestOf}). */
    record Rendered(GrayImage image, GrayImage darkest, double dpi) {
    }

    /**
     * @param sole the one picture the page paints when it paints nothing else ({@link DrawnPage#sole}), or null
     */
    static Rendered render(PDDocument doc, int index, PDPage page, SoleImage.Placed sole, String name) throws XxgkException {
        float wPt = page.getCropBox().getWidth();
        float hPt = page.getCropBox().getHeight();
        double dpi = Math.max(ScannedPage.MIN_DPI, Math.min(MAX_DPI, nativeDpi(page, wPt)));
        double pixels = (wPt / 72.0 * dpi) * (hPt / 72.0 * dpi);
        long max = Limits.current().maxOcrPixels();
        if (pixels > max) {
            dpi *= Math.sqrt(max / pixels);
        }
        if (sole != null) {
            try {
                Rendered r = ImagePage.render(doc, page, sole, dpi);
                if (r != null) {
                    return r;
                }
            } catch (IOException | RuntimeException e) {
                // a picture that cannot be read so is left to the renderer, which names the page if it cannot either
            }
        }
        try {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(index, (float) dpi, ImageType.RGB);
            GrayImage gray = GrayImage.of(img);
            GrayImage darkest = GrayImage.darkestOf(img);
            // a page without colour has nothing a seal could hide: its darkest channel is the page itself, and
            // straightening it a second time for the ruling finder would only cost time
            return new Rendered(gray, darkest.samePixels(gray) ? null : darkest, dpi);
        } catch (IOException | RuntimeException e) {
            throw new XxgkException(Reason.CORRUPT, name, index + 1, "cannot render the page for OCR: " + PdfReader.oneLine(e), e);
        }
    }

    /** The resolution of the widest image drawn on the page, as if it filled the page's width; 0 if none. */
    private static double nativeDpi(PDPage page, float widthPt) {
        PDResources res = page.getResources();
        if (res == null) {
            return 0;
        }
        int widest = 0;
        for (COSName n : res.getXObjectNames()) {
            try {
                PDXObject x = res.getXObject(n);
                if (x instanceof PDImageXObject img) {
                    widest = Math.max(widest, img.getWidth());
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable image is left to the renderer, which names the page
            }
        }
        return widest == 0 ? 0 : widest / (widthPt / 72.0);
    }
}
