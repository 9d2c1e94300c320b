package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.pdf.page.TextLines;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;
import java.util.List;

/** Developer tool: the text lines of one page, each chunk with its box (left-right, top-bottom). Args: file page */
public final class DebugLines {
    public static void main(String[] a) throws Exception {
        try (PDDocument doc = PDDocument.load(new File(a[0]))) {
            int p = Integer.parseInt(a[1]);
            PageObjects po = PageScanner.scan(doc.getPage(p - 1), p);
            for (TextLines.Line l : TextLines.lines(po.glyphs())) {
                StringBuilder sb = new StringBuilder(String.format("%6.1f-%6.1f ", l.top(), l.bottom()));
                for (List<Glyph> c : TextLines.chunks(l.glyphs(), 1.0f)) {
                    sb.append(String.format(" [%.1f-%.1f %s]", c.get(0).x(), c.get(c.size() - 1).right(), TextLines.join(c)));
                }
                System.out.println(sb);
            }
        }
    }
}
