package io.github.xxgk.internal.source.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the bad-input and rotated fixtures of fixtures/pdf/ from the committed corpus, with PDFBox only.
 * Run once from the repository root: {@code java -cp ... io.github.xxgk.internal.source.pdf.PdfFixtures}; the outputs
 * are committed, so the tests need nothing but the files.
 */
public final class PdfFixtures {

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("fixtures/corpus");
        Path out = Path.of("fixtures/pdf");
        Files.createDirectories(out);
        byte[] writer = Files.readAllBytes(corpus.resolve("004/writer.pdf"));

        // cut off after 40%: the cross-reference table and most objects are gone
        Files.write(out.resolve("truncated.pdf"), Arrays.copyOf(writer, writer.length * 2 / 5));
        // a PDF header followed by nothing a parser can use
        Files.write(out.resolve("corrupt.pdf"), ("%PDF-1.7\n" + "this is not a PDF body\n".repeat(50)).getBytes(StandardCharsets.US_ASCII));

        // needs the user password "secret" to open at all
        try (PDDocument doc = PDDocument.load(writer)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.resolve("user-password.pdf").toFile());
        }

        // a scan: the t3 page of chrome.pdf as an image, no text layer
        try (PDDocument src = PDDocument.load(corpus.resolve("004/chrome.pdf").toFile()); PDDocument doc = new PDDocument()) {
            BufferedImage img = new PDFRenderer(src).renderImageWithDPI(1, 60);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
            }
            doc.save(out.resolve("scan.pdf").toFile());
        }

        // every page of chrome.pdf turned a quarter: /Rotate 90, the content itself unchanged
        try (PDDocument doc = PDDocument.load(corpus.resolve("004/chrome.pdf").toFile())) {
            for (PDPage p : doc.getPages()) {
                p.setRotation(90);
            }
            doc.save(out.resolve("rotated-90.pdf").toFile());
        }
        // and a landscape table: 009's published report with the pages set to /Rotate 270
        try (PDDocument doc = PDDocument.load(corpus.resolve("009/published.pdf").toFile())) {
            for (PDPage p : doc.getPages()) {
                p.setRotation(270);
            }
            doc.save(out.resolve("rotated-270.pdf").toFile());
        }

        // a report's narrative page without any of the standard tables: page 1 of writer.pdf
        try (PDDocument doc = PDDocument.load(writer)) {
            while (doc.getNumberOfPages() > 1) {
                doc.removePage(doc.getNumberOfPages() - 1);
            }
            doc.save(out.resolve("no-tables.pdf").toFile());
        }
    }
}
