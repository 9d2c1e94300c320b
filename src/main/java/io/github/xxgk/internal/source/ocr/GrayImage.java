package io.github.xxgk.internal.source.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * An 8-bit image, row-major, 0 black to 255 white: what every OCR step reads. Colour pages are reduced to the
 * brightest of their channels, so red (and blue) ink — seals, signatures — turns white and the black print
 * beneath stays black.
 */
public record GrayImage(int width, int height, byte[] pixels) {

    public GrayImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height);
        }
    }

    public static GrayImage blank(int width, int height) {
        byte[] p = new byte[width * height];
        java.util.Arrays.fill(p, (byte) 255);
        return new GrayImage(width, height, p);
    }

    /** The image with colour ink dropped: each pixel is the maximum of its red, green and blue. */
    public static GrayImage of(BufferedImage img) {
        return channels(img, true);
    }

    /**
     * The image with colour ink kept: each pixel is the minimum of its channels, so a red seal is as dark as the
     * black print. Set against {@link #of}, it tells where a seal was printed over the page.
     */
    public static GrayImage darkestOf(BufferedImage img) {
        return channels(img, false);
    }

    private static GrayImage channels(BufferedImage img, boolean brightest) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] p = new byte[w * h];
        if (img.getType() == BufferedImage.TYPE_INT_RGB && img.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && img.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == w && buffer.getOffset() == 0 && img.getRaster().getSampleModelTranslateX() == 0
                && img.getRaster().getSampleModelTranslateY() == 0) {
            // a rendered page: its pixels read in place, rather than converted one row at a time (every pixel is opaque)
            int[] rgb = buffer.getData();
            for (int i = 0; i < p.length; i++) {
                int c = rgb[i];
                int r = (c >> 16) & 255;
                int g = (c >> 8) & 255;
                int b = c & 255;
                p[i] = (byte) (brightest ? Math.max(r, Math.max(g, b)) : Math.min(r, Math.min(g, b)));
            }
            return new GrayImage(w, h, p);
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int c = row[x];
                int a = c >>> 24;
                int r = (c >> 16) & 255;
                int g = (c >> 8) & 255;
                int b = c & 255;
                int v = brightest ? Math.max(r, Math.max(g, b)) : Math.min(r, Math.min(g, b));
                // a transparent pixel is paper
                p[y * w + x] = (byte) (a < 128 ? 255 : v);
            }
        }
        return new GrayImage(w, h, p);
    }

    /** Whether the other image has this one's size and every pixel alike. */
    public boolean samePixels(GrayImage other) {
        return width == other.width && height == other.height && java.util.Arrays.equals(pixels, other.pixels);
    }

    public int get(int x, int y) {
        return pixels[y * width + x] & 255;
    }

    /** A copy of the region x0..x1-1, y0..y1-1, clipped to the image. */
    public GrayImage crop(int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, x1);
        y1 = Math.min(height, y1);
        if (x1 <= x0 || y1 <= y0) {
            return blank(1, 1);
        }
        int w = x1 - x0;
        byte[] p = new byte[w * (y1 - y0)];
        for (int y = y0; y < y1; y++) {
            System.arraycopy(pixels, y * width + x0, p, (y - y0) * w, w);
        }
        return new GrayImage(w, y1 - y0, p);
    }

    /** This image scaled by {@code f} (bilinear) inside a white margin of {@code pad} pixels. */
    public GrayImage scaledPadded(double f, int pad) {
        int w = Math.max(1, (int) Math.round(width * f));
        int h = Math.max(1, (int) Math.round(height * f));
        int ow = w + 2 * pad;
        int oh = h + 2 * pad;
        byte[] p = new byte[ow * oh];
        java.util.Arrays.fill(p, (byte) 255);
        // each column's source columns and weight are the same on every row: computed once
        int[] cx0 = new int[w];
        int[] cx1 = new int[w];
        double[] cfx = new double[w];
        for (int x = 0; x < w; x++) {
            double sx = Math.min(width - 1, Math.max(0, (x + 0.5) / f - 0.5));
            cx0[x] = (int) sx;
            cx1[x] = Math.min(width - 1, cx0[x] + 1);
            cfx[x] = sx - cx0[x];
        }
        for (int y = 0; y < h; y++) {
            double sy = Math.min(height - 1, Math.max(0, (y + 0.5) / f - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(height - 1, y0 + 1);
            double fy = sy - y0;
            int r0 = y0 * width;
            int r1 = y1 * width;
            int o = (y + pad) * ow + pad;
            for (int x = 0; x < w; x++) {
                double fx = cfx[x];
                double v = ((pixels[r0 + cx0[x]] & 255) * (1 - fx) + (pixels[r0 + cx1[x]] & 255) * fx) * (1 - fy)
                        + ((pixels[r1 + cx0[x]] & 255) * (1 - fx) + (pixels[r1 + cx1[x]] & 255) * fx) * fy;
                p[o + x] = (byte) Math.round(v);
            }
        }
        return new GrayImage(ow, oh, p);
    }

    /** Black where darker than {@code threshold}, white elsewhere: faint strokes made solid. */
    public GrayImage binarized(int threshold) {
        byte[] p = new byte[pixels.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) ((pixels[i] & 255) < threshold ? 0 : 255);
        }
        return new GrayImage(width, height, p);
    }
}
