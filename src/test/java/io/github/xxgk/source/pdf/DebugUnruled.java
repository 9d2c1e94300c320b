package io.github.xxgk.source.pdf;

import io.github.xxgk.source.OcrNote;
import io.github.xxgk.source.ocr.Ink;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;
import java.util.Comparator;
import java.util.List;

/**
 * Developer tool: the glyphs a scanned page gives ({@link ScannedPage}), line by line with their x positions and
 * notes. {@code java -cp target/classes:target/test-classes:target/xxgk.jar io.github.xxgk.source.pdf.DebugUnruled
 * FILE.pdf PAGE}.
 */
public final class DebugUnruled {

    public static void main(String[] a) throws Exception {
        try (PDDocument doc = PDDocument.load(new File(a[0]))) {
            int n = Integer.parseInt(a[1]);
            PageImages.Rendered r = PageImages.render(doc, n - 1, doc.getPage(n - 1), a[0]);
            Ink ink = Ink.of(r.image(), Ink.otsu(r.image()));
            System.out.printf("dpi %.0f otsu %d ink share %.3f separation %.1f%n", r.dpi(), Ink.otsu(r.image()),
                    (double) ink.count(0, 0, ink.width(), ink.height()) / ink.width() / ink.height(),
                    Ink.separation(r.image(), Ink.otsu(r.image())));
            PageObjects p = ScannedPage.read(n, r.image(), r.darkest(), r.dpi(), false, a[0]);
            for (TextLines.Line l : TextLines.lines(p.glyphs())) {
                StringBuilder sb = new StringBuilder(String.format("%6.1f ", l.top()));
                Glyph prev = null;
                for (Glyph g : l.glyphs()) {
                    if (prev == null || g.x() - prev.right() > 2) {
                        OcrNote note = p.ocr().get(g);
                        sb.append(String.format(" [%.0f]", g.x()));
                        if (note != null && (note.confidence() < 80 || note.otherReading() != null)) {
                            sb.append(String.format("{%.0f%s}", note.confidence(), note.otherReading() == null ? "" : "/" + note.otherReading()));
                        }
                    }
                    sb.append(g.text());
                    prev = g;
                }
                System.out.println(sb);
            }
        }
    }
}
