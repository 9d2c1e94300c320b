package io.github.xxgk.robust;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * A one-page PDF that draws one picture, built from a fuzzer's bytes: the fuzzer mutates the picture's samples
 * (or its JPEG) and a few choices about the page, while the PDF around them stays valid, so that its executions
 * reach the picture readers (OCR of a scanned page, a table pasted as a picture, a searchable scan's text layer)
 * instead of stopping in the PDF parser, which {@code ReaderFuzzTest#fuzzPdf} covers.
 *
 * <p>Layout of the bytes:
 * <pre>
 * 0      flags: bits 0-1 text (0 none, 1 a visible title above the picture, 2 an invisible text layer over it,
 *        3 both); bit 2 colour (DeviceRGB, else DeviceGray); bit 3 the samples are a JPEG (DCTDecode, else raw
 *        samples, FlateDecode); bit 4 one bit per sample (grey, raw only); bit 5 the page is rotated 90°
 * 1-2    width in pixels - 1 (big-endian, modulo {@link #MAX_SIDE})
 * 3-4    height in pixels - 1
 * 5      resolution the picture is drawn at: 40 + 2 × byte dpi
 * 6      n, the text's length; then n bytes of text (printable ASCII kept)
 * rest   the samples, row by row (missing ones are white), or the JPEG's bytes as they are
 * </pre>
 */
final class PicturePdf {

    static final int MAX_SIDE = 1600;

    static final int TITLE = 1;
    static final int TEXT_LAYER = 2;
    static final int RGB = 4;
    static final int JPEG = 8;
    static final int ONE_BIT = 16;
    static final int ROTATED = 32;

    private PicturePdf() {
    }

    /** The fuzzer's layout of a page: what {@link #build} reads back. */
    static byte[] encode(int flags, int width, int height, int dpi, String text, byte[] samples) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(flags);
        out.write((width - 1) >> 8);
        out.write(width - 1);
        out.write((height - 1) >> 8);
        out.write(height - 1);
        out.write(Math.max(0, Math.min(255, (dpi - 40) / 2)));
        out.write(t.length);
        out.write(t, 0, t.length);
        out.write(samples, 0, samples.length);
        return out.toByteArray();
    }

    /** The PDF the bytes describe; null when they are too short to describe one. */
    static byte[] build(byte[] in) throws IOException {
        if (in.length < 7) {
            return null;
        }
        int flags = in[0] & 0xff;
        int width = 1 + (((in[1] & 0xff) << 8 | (in[2] & 0xff)) % MAX_SIDE);
        int height = 1 + (((in[3] & 0xff) << 8 | (in[4] & 0xff)) % MAX_SIDE);
        int dpi = 40 + 2 * (in[5] & 0xff);
        int n = Math.min(in[6] & 0xff, in.length - 7);
        String text = printable(Arrays.copyOfRange(in, 7, 7 + n));
        byte[] data = Arrays.copyOfRange(in, 7 + n, in.length);
        boolean rgb = (flags & RGB) != 0;
        boolean jpeg = (flags & JPEG) != 0;
        int bits = !jpeg && !rgb && (flags & ONE_BIT) != 0 ? 1 : 8;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            if ((flags & ROTATED) != 0) {
                page.setRotation(90);
            }
            doc.addPage(page);
            byte[] stream = jpeg ? data : deflate(samples(data, width, height, rgb ? 3 : 1, bits));
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(stream),
                    jpeg ? COSName.DCT_DECODE : COSName.FLATE_DECODE, width, height, bits,
                    rgb ? PDDeviceRGB.INSTANCE : PDDeviceGray.INSTANCE);
            float w = width * 72f / dpi;
            float h = height * 72f / dpi;
            float x = 36;
            float y = page.getMediaBox().getHeight() - 120 - h;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, x, y, w, h);
                if ((flags & TITLE) != 0 && !text.isEmpty()) {
                    cs.beginText();
                    cs.setFont(PDType1Font.HELVETICA, 14);
                    cs.newLineAtOffset(x, page.getMediaBox().getHeight() - 80);
                    cs.showText(text);
                    cs.endText();
                }
                if ((flags & TEXT_LAYER) != 0 && !text.isEmpty()) {
                    // a searchable scan: the recognised text drawn invisibly over the picture, line by line
                    cs.beginText();
                    cs.setRenderingMode(RenderingMode.NEITHER);
                    cs.setFont(PDType1Font.HELVETICA, 10);
                    cs.newLineAtOffset(x + 2, y + h - 12);
                    for (String line : text.split(" ", -1)) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -Math.max(1, Math.min(14, h / 8)));
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The samples a picture of this shape needs, missing ones white. */
    private static byte[] samples(byte[] data, int width, int height, int components, int bits) {
        int row = (width * components * bits + 7) / 8;
        byte[] s = new byte[row * height];
        Arrays.fill(s, (byte) 0xff);
        System.arraycopy(data, 0, s, 0, Math.min(data.length, s.length));
        return s;
    }

    private static byte[] deflate(byte[] b) {
        Deflater d = new Deflater(1);
        d.setInput(b);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** Helvetica's WinAnsi encoding draws printable ASCII; anything else becomes a space. */
    private static String printable(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (byte c : b) {
            sb.append(c >= 0x20 && c < 0x7f ? (char) c : ' ');
        }
        return sb.toString();
    }
}
