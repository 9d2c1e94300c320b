package io.github.xxgk.internal.source.word;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer tool: writes two Word files of report 009 whose table content sits in pictures inside table cells.
 * <ul>
 * <li>fixtures/docx/009-framed-pictures.docx: the text of fixtures/corpus/009/imgpage.html, each table picture
 * (imgpage_files/) put in a one-cell table of its own, as Word users place a picture;</li>
 * <li>fixtures/docx/009-number-pictures.docx: fixtures/corpus/009/source.docx with the last cell of every table
 * row that holds a number replaced by a picture of that number (drawn by Java2D in Noto Sans CJK at 14 px, a
 * screen picture at its pixel size), as a number pasted as a screenshot.</li>
 * </ul>
 */
public final class CellPictureDocxFixture {

    public static void main(String[] args) throws Exception {
        PictureDocxFixture.write(Path.of("fixtures/corpus/009/imgpage.html"), Path.of("fixtures/docx/009-framed-pictures.docx"), true);
        numbers(Path.of("fixtures/corpus/009/source.docx"), Path.of("fixtures/docx/009-number-pictures.docx"));
    }

    private static void numbers(Path source, Path out) throws Exception {
        try (InputStream in = Files.newInputStream(source); XWPFDocument doc = new XWPFDocument(in);
             OutputStream os = Files.newOutputStream(out)) {
            int n = 0;
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    XWPFTableCell cell = row.getTableCells().get(row.getTableCells().size() - 1);
                    String text = cell.getText().strip();
                    if (!text.matches("\\d+")) {
                        continue;
                    }
                    while (cell.getParagraphs().size() > 1) {
                        cell.removeParagraph(1);
                    }
                    XWPFParagraph p = cell.getParagraphs().get(0);
                    while (!p.getRuns().isEmpty()) {
                        p.removeRun(0);
                    }
                    BufferedImage img = draw(text);
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    ImageIO.write(img, "png", png);
                    p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG,
                            "n" + (++n) + ".png", Units.pixelToEMU(img.getWidth()), Units.pixelToEMU(img.getHeight()));
                }
            }
            doc.write(os);
            System.out.println(n + " numbers as pictures");
        }
    }

    /** A number as a screenshot shows it: black on white, anti-aliased, 14 px glyphs with a few pixels around. */
    private static BufferedImage draw(String text) {
        Font font = new Font("Noto Sans CJK SC", Font.PLAIN, 19);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        int w = pg.getFontMetrics(font).stringWidth(text);
        pg.dispose();
        BufferedImage img = new BufferedImage(w + 12, 26, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(text, 6, 20);
        g.dispose();
        return img;
    }
}
