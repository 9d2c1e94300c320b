package io.github.xxgk.robust;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes the fuzzers' seed corpus from the corpus fixtures (run from the project root; the output is committed
 * under src/test/resources):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.github.xxgk.robust.FuzzSeeds}.
 */
public final class FuzzSeeds {

    static final Path OUT = Path.of("src/test/resources/io/github/xxgk/robust/ReaderFuzzTestInputs");

    public static void main(String[] args) throws IOException {
        write("fuzzText", "002-tabbed.txt", Broken.fixture("002/tabbed.txt"));
        write("fuzzText", "009-tabbed.txt", Broken.fixture("009/tabbed.txt"));
        write("fuzzText", "pre2019.txt", Broken.pre2019Report().getBytes(StandardCharsets.UTF_8));
        write("fuzzHtml", "004-source.html", Broken.fixture("004/source.html"));
        write("fuzzHtml", "009-source-gbk.html", Broken.reencodeHtml(Broken.fixture("009/source.html"),
                java.nio.charset.Charset.forName("GBK"), null));
        write("fuzzDocx", "005-document.xml", slim(entry(Broken.fixture("005/source.docx"), "word/document.xml")));
        write("fuzzPdf", "table-plain.pdf", tablePdf(false));
        write("fuzzPdf", "table-compressed.pdf", tablePdf(true));
        for (String doc : new String[] {"both", "horizontal", "vertical"}) {
            write("fuzzDoc", doc + ".doc", Files.readAllBytes(Path.of("fixtures", "doc", doc + ".doc")));
        }
        writePictureSeeds();
    }

    static final Path PICTURES = Path.of("src/test/resources/io/github/xxgk/robust/PictureFuzzTestInputs");

    /**
     * 009's table 二 whole (a standard table: the path to the canonical keys and the checks) and two of its rows
     * (规章, 行政规范性文件: a label and three numbers each, ruled), cut from the 150-dpi rendering of its first page and scaled to 100 dpi, and the single cell "75" of a 75-dpi scan: the
     * small ones let an execution's OCR take a fraction of a second.
     */
    private static void writePictureSeeds() throws IOException {
        java.awt.image.BufferedImage page = javax.imageio.ImageIO.read(Path.of("fixtures", "ocr", "009-chrome-page1.png").toFile());
        java.awt.image.BufferedImage rows = scaled(page.getSubimage(105, 912, 715, 101), 2, 3);
        java.awt.image.BufferedImage cell = javax.imageio.ImageIO.read(Path.of("fixtures", "ocr", "005-scan-total-75.png").toFile());
        for (String format : new String[] {"png", "jpeg", "tiff", "gif"}) {
            write(PICTURES, "fuzzPicture", "rows." + format, encoded(rows, format));
        }
        write(PICTURES, "fuzzPicture", "cell.png", encoded(cell, "png"));
        java.awt.image.BufferedImage table = scaled(page.getSubimage(105, 808, 715, 707), 2, 3);
        write(PICTURES, "fuzzPicture", "table2.png", encoded(table, "png"));
        write(PICTURES, "fuzzPdfPicture", "table2-scanned-page", PicturePdf.encode(0, table.getWidth(), table.getHeight(), 100, "",
                samples(table, false)));
        byte[] gray = samples(rows, false);
        int w = rows.getWidth();
        int h = rows.getHeight();
        write(PICTURES, "fuzzPdfPicture", "rows-scanned-page", PicturePdf.encode(0, w, h, 100, "", gray));
        write(PICTURES, "fuzzPdfPicture", "rows-under-title", PicturePdf.encode(PicturePdf.TITLE, w, h, 100,
                "2023 annual report", gray));
        write(PICTURES, "fuzzPdfPicture", "rows-searchable", PicturePdf.encode(PicturePdf.TEXT_LAYER, w, h, 100,
                "rules 0 0 0 documents 0 5 5", gray));
        write(PICTURES, "fuzzPdfPicture", "rows-rgb-rotated", PicturePdf.encode(PicturePdf.RGB | PicturePdf.ROTATED | PicturePdf.TITLE,
                w, h, 100, "report", samples(rows, true)));
        write(PICTURES, "fuzzPdfPicture", "rows-jpeg", PicturePdf.encode(PicturePdf.JPEG | PicturePdf.TITLE, w, h, 100, "report",
                encoded(rows, "jpeg")));
        // Table 二's last blocks as an unruled scan prints them (009's plain.pdf page 3 at 150 dpi): a scanned
        // page without rulings, the path that reads the engine's words into the unruled reader.
        java.awt.image.BufferedImage unruled;
        try (PDDocument scan = PDDocument.load(Path.of("fixtures", "pdf", "unruled-scan.pdf").toFile())) {
            unruled = new org.apache.pdfbox.rendering.PDFRenderer(scan).renderImageWithDPI(0, 150,
                    org.apache.pdfbox.rendering.ImageType.GRAY).getSubimage(100, 150, 700, 600);
        }
        write(PICTURES, "fuzzPdfPicture", "unruled-scanned-page", PicturePdf.encode(PicturePdf.JPEG, unruled.getWidth(),
                unruled.getHeight(), 150, "", encoded(unruled, "jpeg")));
        write(PICTURES, "fuzzPdfPicture", "cell-one-bit", PicturePdf.encode(PicturePdf.ONE_BIT, cell.getWidth(), cell.getHeight(), 75, "",
                oneBit(cell)));
    }

    private static void write(Path base, String harness, String name, byte[] content) throws IOException {
        Path dir = base.resolve(harness);
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    private static java.awt.image.BufferedImage scaled(java.awt.image.BufferedImage img, int num, int den) {
        int w = img.getWidth() * num / den;
        int h = img.getHeight() * num / den;
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] encoded(java.awt.image.BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!javax.imageio.ImageIO.write(img, format, out)) {
            throw new IOException("this JDK writes no " + format);
        }
        return out.toByteArray();
    }

    /** A grey picture's samples, one byte a pixel, or three (the same grey thrice) for RGB. */
    private static byte[] samples(java.awt.image.BufferedImage img, boolean rgb) {
        int c = rgb ? 3 : 1;
        byte[] s = new byte[img.getWidth() * img.getHeight() * c];
        int i = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = img.getRaster().getSample(x, y, 0);
                for (int k = 0; k < c; k++) {
                    s[i++] = (byte) v;
                }
            }
        }
        return s;
    }

    /** One bit a pixel, rows padded to a byte, 1 white: a fax-like scan. */
    private static byte[] oneBit(java.awt.image.BufferedImage img) {
        int row = (img.getWidth() + 7) / 8;
        byte[] s = new byte[row * img.getHeight()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRaster().getSample(x, y, 0) >= 128) {
                    s[y * row + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return s;
    }

    private static void write(String harness, String name, byte[] content) throws IOException {
        Path dir = OUT.resolve(harness);
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    /** Run formatting and revision ids dropped: the same text and tables in a fraction of the bytes. */
    static byte[] slim(byte[] documentXml) {
        String xml = new String(documentXml, StandardCharsets.UTF_8)
                .replaceAll("<w:rPr>.*?</w:rPr>", "")
                .replaceAll("<w:pPr>.*?</w:pPr>", "")
                .replaceAll(" w:rsid\\w*=\"[^\"]*\"", "")
                .replaceAll("<w:tcBorders>.*?</w:tcBorders>", "");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] entry(byte[] zipBytes, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IOException(name + " not in the archive");
    }

    /** A one-page PDF with a ruled 4x3 grid of numbers and a title: small enough for libFuzzer. */
    static byte[] tablePdf(boolean compress) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, compress)) {
                cs.beginText();
                cs.setFont(PDType1Font.HELVETICA, 12);
                cs.newLineAtOffset(72, 780);
                cs.showText("2023 annual report");
                cs.endText();
                for (int r = 0; r <= 4; r++) {
                    cs.moveTo(72, 700 - r * 20);
                    cs.lineTo(372, 700 - r * 20);
                }
                for (int c = 0; c <= 3; c++) {
                    cs.moveTo(72 + c * 100, 700);
                    cs.lineTo(72 + c * 100, 620);
                }
                cs.stroke();
                for (int r = 0; r < 4; r++) {
                    for (int c = 0; c < 3; c++) {
                        cs.beginText();
                        cs.setFont(PDType1Font.HELVETICA, 10);
                        cs.newLineAtOffset(78 + c * 100, 686 - r * 20);
                        cs.showText(c == 0 ? "row " + r : String.valueOf(r * 10 + c));
                        cs.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
