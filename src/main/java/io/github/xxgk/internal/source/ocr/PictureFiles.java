package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.internal.source.model.ReaderErrors;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.Limits;
import io.github.xxgk.internal.source.ocr.Pictures.Picture;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decodes a picture file (PNG, JPEG, TIFF with all its pages, GIF) with the JDK's ImageIO, which reads TIFF
 * since Java 9. A picture larger than {@link Limits#maxOcrPixels()} is subsampled while it is decoded, so a huge
 * scan never sits in memory at full size. The resolution comes from the file (PNG pHYs, JFIF density, TIFF
 * XResolution); a file that does not say is given one from its shape (see {@link #guessDpi}).
 */
public final class PictureFiles {

    /** Resolutions outside this range in a file's header are defaults or mistakes, not the scan's. */
    private static final double MIN_DPI = 50;
    private static final double MAX_DPI = 1200;
    /** An A4 page's width in inches; a picture shaped like a page is taken to span it. */
    private static final double A4_WIDTH_INCH = 210 / 25.4;
    /** CSS pixels per inch: a picture that is not a page is taken as shown on screen. */
    public static final double SCREEN_DPI = 96;

    private PictureFiles() {
    }

    /** Whether these bytes start as a picture format this reader decodes. */
    public static boolean isPicture(byte[] b) {
        return starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'I', 'I', 0x2A, 0x00)
                || starts(b, 'M', 'M', 0x00, 0x2A) || starts(b, 'G', 'I', 'F', '8');
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every page of the picture, greyed for OCR (colour ink dropped, see {@link GrayImage#of}).
     *
     * @param name for messages: which file, which page was unreadable
     */
    public static List<Picture> decode(byte[] content, String name) throws XxgkException {
        long maxPixels = Limits.current().maxOcrPixels();
        List<Picture> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "a picture in a format this Java cannot decode");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int pages = reader.getNumImages(true);
                int maxPages = Limits.current().maxPdfPages();
                if (pages > maxPages) {
                    throw new XxgkException(Reason.TOO_LARGE, name, "picture of " + pages + " pages, more than the limit of " + maxPages);
                }
                for (int i = 0; i < pages; i++) {
                    Checkpoint.check(name, i + 1);
                    out.add(page(reader, i, maxPixels, name));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new XxgkException(Reason.CORRUPT, name, out.size() + 1, "damaged picture: " + ReaderErrors.oneLine(e), e);
        }
        if (out.isEmpty()) {
            throw new XxgkException(Reason.CORRUPT, name, "a picture file with no picture in it");
        }
        return out;
    }

    private static Picture page(ImageReader reader, int index, long maxPixels, String name) throws IOException, XxgkException {
        int w = reader.getWidth(index);
        int h = reader.getHeight(index);
        if (w <= 0 || h <= 0) {
            throw new XxgkException(Reason.CORRUPT, name, index + 1, "picture of size " + w + "x" + h, null);
        }
        double pixels = (double) w * h;
        int step = pixels <= maxPixels ? 1 : (int) Math.ceil(Math.sqrt(pixels / maxPixels));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage img = reader.read(index, param);
        double dpi = dpi(reader, index);
        if (dpi <= 0) {
            dpi = guessDpi(w, h);
        }
        return new Picture(GrayImage.of(img), dpi / step);
    }

    /**
     * The resolution of a picture that does not give one: shaped like a portrait page (height about √2 times the
     * width), an A4 page; otherwise a picture made for the screen.
     */
    static double guessDpi(int width, int height) {
        double ratio = (double) height / width;
        if (ratio > 1.3 && ratio < 1.5 && width / A4_WIDTH_INCH >= MIN_DPI) {
            return width / A4_WIDTH_INCH;
        }
        return SCREEN_DPI;
    }

    /** The horizontal resolution stored in the picture (ImageIO's standard metadata: millimetres per pixel), or 0. */
    private static double dpi(ImageReader reader, int index) {
        try {
            IIOMetadata meta = reader.getImageMetadata(index);
            if (meta == null || !meta.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Node root = meta.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!"Dimension".equals(n.getNodeName())) {
                    continue;
                }
                for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                    if ("HorizontalPixelSize".equals(d.getNodeName())) {
                        NamedNodeMap a = d.getAttributes();
                        double mm = Double.parseDouble(a.getNamedItem("value").getNodeValue());
                        double dpi = 25.4 / mm;
                        return dpi >= MIN_DPI && dpi <= MAX_DPI ? dpi : 0;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no usable resolution in the header: the caller guesses one
        }
        return 0;
    }
}
