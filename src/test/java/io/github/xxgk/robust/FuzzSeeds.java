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
