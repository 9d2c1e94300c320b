package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;

import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.Ruling;

import java.io.File;

/** Developer tool: the rulings and glyphs of one page within an x range. Args: file page x0 x1 */
public final class DebugPage {
    public static void main(String[] a) throws Exception {
        try (PDDocument doc = PDDocument.load(new File(a[0]))) {
            int p = Integer.parseInt(a[1]);
            PageObjects po = PageScanner.scan(doc.getPage(p - 1), p);
            float x0 = Float.parseFloat(a[2]);
            float x1 = Float.parseFloat(a[3]);
            System.out.println("page " + po.width() + "x" + po.height() + " rot " + po.rotation());
            for (Ruling r : po.rulings()) {
                if (r.getLeft() < x1 && r.getRight() > x0) {
                    System.out.printf("%s %.1f,%.1f-%.1f,%.1f%n", r.vertical() ? "V" : "H", r.getLeft(), r.getTop(), r.getRight(), r.getBottom());
                }
            }
            for (Glyph g : po.glyphs()) {
                if (g.x() > x0 && g.x() < x1) {
                    System.out.printf("%s(%.1f,%.1f %.1fx%.1f d%d) ", g.text(), g.x(), g.y(), g.w(), g.h(), g.dir());
                }
            }
            System.out.println();
        }
    }
}
