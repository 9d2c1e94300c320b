package io.github.xxgk.internal.source.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Real scanned pages for the image passes' tests: pages of the corpus fixtures' scans, rendered as OCR renders
 * them (RGB at the scan's resolution), so a pass is checked on JPEG noise, seals and tilt as they come.
 */
final class ScanPages {

    private ScanPages() {
    }

    /** Page {@code index} (from 0) of fixtures/corpus/{@code report}/{@code form}, at {@code dpi}. */
    static BufferedImage page(String report, String form, int index, float dpi) {
        try (PDDocument doc = PDDocument.load(Path.of("fixtures", "corpus", report, form).toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 004's scan-seal.pdf, first page (200 dpi, colour, a red seal) and 009's scan.pdf, first page (150 dpi grey). */
    static BufferedImage[] two() {
        return new BufferedImage[] {page("004", "scan-seal.pdf", 0, 200), page("009", "scan.pdf", 0, 150)};
    }
}
