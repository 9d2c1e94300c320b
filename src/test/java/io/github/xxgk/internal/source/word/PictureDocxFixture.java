package io.github.xxgk.internal.source.word;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer tool: writes fixtures/docx/009-table-pictures.docx, report 009 as a Word file whose tables are
 * pictures: the text of fixtures/corpus/009/imgpage.html paragraph by paragraph, each {@code <img>} (the JPEG
 * pictures of the tables in imgpage_files/) embedded in its place at its pixel size. LibreOffice's HTML import
 * links such pictures instead of embedding them, hence POI.
 */
public final class PictureDocxFixture {

    public static void main(String[] args) throws Exception {
        write(Path.of("fixtures/corpus/009/imgpage.html"), Path.of("fixtures/docx/009-table-pictures.docx"), false);
    }

    /**
     * @param framed whether each picture is put in a one-cell table of its own (as Word users place a picture)
     *               rather than in a body paragraph
     */
    static void write(Path page, Path out, boolean framed) throws Exception {
        org.jsoup.nodes.Document html = Jsoup.parse(page.toFile(), "UTF-8");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            for (Element e : html.body().children()) {
                Element img = e.selectFirst("img");
                if (img != null) {
                    byte[] jpg = Files.readAllBytes(page.resolveSibling(img.attr("src")));
                    BufferedImage bi = ImageIO.read(new ByteArrayInputStream(jpg));
                    org.apache.poi.xwpf.usermodel.XWPFParagraph holder = framed
                            ? doc.createTable(1, 1).getRow(0).getCell(0).getParagraphs().get(0)
                            : doc.createParagraph();
                    holder.createRun().addPicture(new ByteArrayInputStream(jpg), Document.PICTURE_TYPE_JPEG,
                            img.attr("src"), Units.pixelToEMU(bi.getWidth()), Units.pixelToEMU(bi.getHeight()));
                } else {
                    // a two-line title (<br>) as two paragraphs, as Word's HTML import makes it
                    for (String part : e.html().split("<br>")) {
                        doc.createParagraph().createRun().setText(Jsoup.parse(part).text());
                    }
                }
            }
            doc.write(os);
        }
    }
}
