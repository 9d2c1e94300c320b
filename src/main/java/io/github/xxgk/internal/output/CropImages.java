package io.github.xxgk.internal.output;

import io.github.xxgk.report.CellCrop;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** A cell's crop as the review page shows it: a grey PNG held in the page itself, as a {@code data:} address. */
final class CropImages {

    private CropImages() {
    }

    static String dataUri(CellCrop crop) {
        BufferedImage img = new BufferedImage(crop.width(), crop.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(crop.grey(), 0, px, 0, px.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
