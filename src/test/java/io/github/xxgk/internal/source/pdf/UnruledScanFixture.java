package io.github.xxgk.internal.source.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Developer tool: writes fixtures/pdf/unruled-scan.pdf, page 3 of fixtures/corpus/009/plain.pdf (table 三 printed
 * without ruling lines) rendered by PDFBox at 150 dpi grey and wrapped back into a PDF as one JPEG: a scan of an
 * unruled table. (Poppler's pdftoppm draws page 1 of that file blank: its Type 1 CJK fonts.)
 */
public final class UnruledScanFixture {

    public static void main(String[] args) throws Exception {
        float dpi = 150;
        try (PDDocument src = PDDocument.load(new File("fixtures/corpus/009/plain.pdf")); PDDocument doc = new PDDocument()) {
            BufferedImage bi = new PDFRenderer(src).renderImageWithDPI(2, dpi, ImageType.GRAY);
            PDImageXObject img = JPEGFactory.createFromImage(doc, bi, 0.85f);
            float w = bi.getWidth() * 72f / dpi;
            float h = bi.getHeight() * 72f / dpi;
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, w, h);
            }
            doc.save(new File("fixtures/pdf/unruled-scan.pdf"));
        }
    }
}
