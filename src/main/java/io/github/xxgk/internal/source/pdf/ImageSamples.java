package io.github.xxgk.internal.source.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A picture's samples as PDFBox's renderer reads them, for the pictures whose samples are their colours: 8 bits a
 * channel in DeviceGray or DeviceRGB with the default decoding, any filter but JPX (whose own header may change the
 * colour space). The renderer keeps the rest: a palette, an ICC profile, CMYK, Lab, 1-bit and 16-bit samples
 * (JBIG2, CCITT), a /Decode array.
 * <p>
 * A JPEG alone (the usual scan) is decoded as PDFBox's DCTFilter decodes it (the first ImageIO reader that reads
 * rasters; a colour one read whole, a grey one as a raster; one line feed before it skipped) without the filter's
 * two copies: its swap of the decoder's blue-green-red order to red-green-blue, and its output stream. The three
 * channels of a pixel are then in either order, which the brightest and the darkest of them do not depend on.
 */
final class ImageSamples {

    private ImageSamples() {
    }

    /** One or three interleaved channels a pixel, row-major; a colour pixel's channels in some order. */
    record Samples(byte[] bytes, int channels) {
    }

    /** The picture's samples, or null when they are not its colours or not the renderer's exactly. */
    static Samples of(PDImageXObject img) throws IOException {
        List<COSName> filters = img.getStream().getFilters();
        if (filters.contains(COSName.JPX_DECODE) || img.getBitsPerComponent() != 8) {
            return null;
        }
        PDColorSpace cs = img.getColorSpace();
        if (!(cs instanceof PDDeviceRGB) && !(cs instanceof PDDeviceGray)) {
            return null;
        }
        COSArray decode = img.getDecode();
        if (decode != null && !Arrays.equals(decode.toFloatArray(), cs.getDefaultDecode(8))) {
            return null;
        }
        int channels = cs.getNumberOfComponents();
        if ((long) img.getWidth() * img.getHeight() * channels > Integer.MAX_VALUE - 8) {
            return null; // more samples than an array holds: the renderer says what it makes of that
        }
        byte[] bytes = filters.equals(List.of(COSName.DCT_DECODE)) ? jpeg(img, channels) : decoded(img, channels);
        return bytes == null ? null : new Samples(bytes, channels);
    }

    /** Through PDFBox's filters; null when the stream is short (the renderer draws what there is). */
    private static byte[] decoded(PDImageXObject img, int channels) throws IOException {
        byte[] samples = new byte[img.getWidth() * img.getHeight() * channels];
        try (InputStream in = img.createInputStream()) {
            return in.readNBytes(samples, 0, samples.length) < samples.length ? null : samples;
        }
    }

    /** The JPEG decoded as DCTFilter decodes it, its bytes as the decoder leaves them; null when not the picture's size and channels. */
    private static byte[] jpeg(PDImageXObject img, int channels) throws IOException {
        ImageReader reader = rasterReader();
        if (reader == null) {
            return null;
        }
        try (InputStream raw = img.getCOSObject().createRawInputStream();
             ImageInputStream iis = new MemoryCacheImageInputStream(raw)) {
            if (iis.read() != 0x0A) {
                iis.seek(0);
            }
            reader.setInput(iis);
            ImageReadParam param = reader.getDefaultReadParam();
            Raster r = channels == 3 ? reader.read(0, param).getRaster() : reader.readRaster(0, param);
            return plain(r, img.getWidth(), img.getHeight(), channels);
        } finally {
            reader.dispose();
        }
    }

    /** The first JPEG reader that reads rasters, as DCTFilter takes it. */
    private static ImageReader rasterReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("JPEG");
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader != null && reader.canReadRaster()) {
                return reader;
            }
            if (reader != null) {
                reader.dispose();
            }
        }
        return null;
    }

    /** The raster's bytes when they are exactly its pixels' channels, interleaved row after row; else null. */
    private static byte[] plain(Raster r, int w, int h, int channels) {
        if (r.getWidth() != w || r.getHeight() != h || r.getNumBands() != channels || r.getSampleModelTranslateX() != 0
                || r.getSampleModelTranslateY() != 0 || !(r.getDataBuffer() instanceof DataBufferByte buffer)
                || buffer.getNumBanks() != 1 || buffer.getOffset() != 0 || buffer.getData().length != w * h * channels
                || !(r.getSampleModel() instanceof ComponentSampleModel model) || model.getPixelStride() != channels
                || model.getScanlineStride() != w * channels) {
            return null;
        }
        int[] offsets = model.getBandOffsets().clone();
        Arrays.sort(offsets);
        for (int i = 0; i < channels; i++) {
            if (offsets[i] != i) {
                return null;
            }
        }
        return buffer.getData();
    }
}
