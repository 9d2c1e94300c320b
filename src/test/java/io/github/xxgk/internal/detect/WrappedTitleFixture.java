package io.github.xxgk.internal.detect;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes fixtures/pdf/wrapped-titles.pdf with PDFBox: one page for every way of breaking {@link #TITLE} into two
 * lines and into three (in that order: i = 1 … n-1, then every i &lt; j), each line centred in 18 pt as a title
 * is set, the preamble's first line under it in 12 pt. The Chinese is in Droid Sans Fallback (Apache License 2.0),
 * embedded as a subset of the characters used, the digits in Helvetica (the CJK font has none). Run once from the repository root:
 * {@code java -cp target/classes:target/test-classes:$CP io.github.xxgk.internal.detect.WrappedTitleFixture [font.ttf]};
 * the output is committed, so the test needs nothing but the file.
 */
public final class WrappedTitleFixture {

    /** The title of an unseen report whose Word-made PDF broke it inside a word. */
    static final String TITLE = "平潭综合实验区管委会办公室2019年度政府信息公开工作年度报告";
    static final String AGENCY = "平潭综合实验区管委会办公室";
    static final int YEAR = 2019;
    static final String PREAMBLE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，编制本报告。";
    static final Path FILE = Path.of("fixtures", "pdf", "wrapped-titles.pdf");

    private WrappedTitleFixture() {
    }

    /** The breaks, page by page: each a list of the title's lines. */
    static List<List<String>> breaks() {
        List<List<String>> out = new ArrayList<>();
        int n = TITLE.length();
        for (int i = 1; i < n; i++) {
            out.add(List.of(TITLE.substring(0, i), TITLE.substring(i)));
        }
        for (int i = 1; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.add(List.of(TITLE.substring(0, i), TITLE.substring(i, j), TITLE.substring(j)));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        File fontFile = new File(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
        Files.createDirectories(FILE.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            for (List<String> lines : breaks()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float width = page.getMediaBox().getWidth();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 760;
                    for (String line : lines) {
                        float w = width(font, 18, line);
                        write(cs, font, 18, (width - w) / 2, y, line);
                        y -= 30;
                    }
                    write(cs, font, 12, 72, y - 10, PREAMBLE);
                }
            }
            doc.save(FILE.toFile());
        }
    }

    /** Writes the text in runs: Chinese in the CJK font, digits in Helvetica (the CJK font has no Latin glyphs). */
    private static void write(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        int i = 0;
        while (i < text.length()) {
            boolean latin = text.charAt(i) < 0x80;
            int j = i;
            while (j < text.length() && (text.charAt(j) < 0x80) == latin) {
                j++;
            }
            PDFont f = latin ? PDType1Font.HELVETICA : font;
            String run = text.substring(i, j);
            cs.setFont(f, size);
            cs.showText(run);
            i = j;
        }
        cs.endText();
    }

    private static float width(PDType0Font font, float size, String text) throws IOException {
        float w = 0;
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            w += (c.charAt(0) < 0x80 ? PDType1Font.HELVETICA.getStringWidth(c) : font.getStringWidth(c)) / 1000 * size;
        }
        return w;
    }
}
