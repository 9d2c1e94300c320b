package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.layout.Grid;
import io.github.xxgk.internal.source.pdf.layout.Lattice;
import io.github.xxgk.internal.source.pdf.page.PageObjects;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;

/** Developer tool: the lattice cells of a page that contain a point. Args: file page x y */
public final class DebugCells {
    public static void main(String[] a) throws Exception {
        try (PDDocument doc = PDDocument.load(new File(a[0]))) {
            int p = Integer.parseInt(a[1]);
            PageObjects po = PageScanner.scan(doc.getPage(p - 1), p);
            float x = Float.parseFloat(a[2]);
            float y = Float.parseFloat(a[3]);
            for (Grid g : Lattice.find(po)) {
                System.out.println("grid " + g.rows() + "x" + g.cols() + " xs " + java.util.Arrays.toString(g.xs()));
                for (Grid.GridCell c : g.cells()) {
                    if (c.contains(x, y)) {
                        System.out.println("  " + c);
                    }
                }
            }
        }
    }
}
