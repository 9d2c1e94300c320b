package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.layout.Grid;
import io.github.xxgk.internal.source.pdf.layout.Lattice;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.ocr.Pictures;
import io.github.xxgk.internal.source.ocr.ScannedPage;

import io.github.xxgk.internal.source.ocr.PictureFiles;
import io.github.xxgk.internal.source.ocr.CellReader;
import io.github.xxgk.internal.source.ocr.CellText;
import io.github.xxgk.internal.source.ocr.Deskew;
import io.github.xxgk.internal.source.ocr.GrayImage;
import io.github.xxgk.internal.source.ocr.Ink;
import io.github.xxgk.internal.source.ocr.OcrEngine;
import io.github.xxgk.internal.source.ocr.RulingFinder;
import io.github.xxgk.internal.source.ocr.Segment;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A developer's look at how a picture is read, cell by cell: the rulings found, each cell's box and reading, and
 * (with a second argument) each cell's crop as a PNG in that folder. Not a test: run it by hand,
 * {@code java -cp target/xxgk.jar:target/test-classes io.github.xxgk.internal.source.pdf.CellDump PICTURE [DIR]}.
 */
public final class CellDump {

    private CellDump() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (Pictures.Picture p0 : PictureFiles.decode(Files.readAllBytes(file), file.toString())) {
            Pictures.Picture p = Pictures.atScanResolution(p0);
            GrayImage image = p.image();
            double dpi = p.dpi();
            int threshold = Ink.otsu(image);
            double angle = Deskew.angle(Ink.of(image, threshold));
            GrayImage page = Deskew.straighten(image, angle);
            Ink ink = Ink.of(page, threshold);
            System.out.printf("%dx%d dpi %.1f angle %.3f threshold %d%n", page.width(), page.height(), dpi, angle, threshold);
            List<Segment> segs = RulingFinder.find(ink, (int) Math.round(dpi * ScannedPage.MIN_RULING_INCH));
            for (Segment s : segs) {
                System.out.printf("  %s pos %.1f %d..%d%n", s.horizontal() ? "H" : "V", s.pos(), s.start(), s.end());
            }
            if (args.length > 1) {
                ImageIO.write(toImage(page), "png", new File(args[1], "page.png"));
            }
            List<technology.tabula.Ruling> rulings = ScannedPage.read(1, image, dpi, false, file.toString()).rulings();
            float s = (float) (72.0 / dpi);
            for (Grid g : Lattice.find(new PageObjects(1, page.width() * s, page.height() * s, 0, List.of(), rulings, 0))) {
                CellReader reader = new CellReader(OcrEngine.forThisThread(), page, ink, Math.max(2, (int) Math.round(dpi / 45)));
                int i = 0;
                for (Grid.GridCell c : g.cells()) {
                    int x0 = Math.round(c.rect().getLeft() / s);
                    int y0 = Math.round(c.rect().getTop() / s);
                    int x1 = Math.round(c.rect().getRight() / s);
                    int y1 = Math.round(c.rect().getBottom() / s);
                    CellText t = reader.read(x0, y0, x1, y1);
                    System.out.printf("cell %d [%d,%d %d,%d] '%s' conf %.0f other %s number %s%n", i, x0, y0, x1, y1,
                            t.text(), t.confidence(), t.otherReading() == null ? null : t.otherReading().codePoints().mapToObj(Integer::toHexString).toList(), t.value());
                    io.github.xxgk.internal.source.ocr.InkBox box = io.github.xxgk.internal.source.ocr.InkBox.of(ink, x0 + 4, y0 + 4, x1 - 4, y1 - 4);
                    if (box != null) {
                        StringBuilder cols = new StringBuilder();
                        for (int[] col : box.columns(ink, 0)) {
                            cols.append(' ').append(col[0]).append('-').append(col[1]);
                        }
                        StringBuilder ls = new StringBuilder();
                        for (int[] l : box.lines()) {
                            ls.append(' ').append(l[0]).append('-').append(l[1]);
                        }
                        System.out.printf("    box [%d,%d %d,%d] lines%s cols%s%n", box.x0(), box.y0(), box.x1(), box.y1(), ls, cols);
                    }
                    if (args.length > 1) {
                        ImageIO.write(toImage(page.crop(x0, y0, x1, y1)), "png", new File(args[1], "c" + i + ".png"));
                    }
                    i++;
                }
            }
        }
        OcrEngine.closeAll();
    }

    private static BufferedImage toImage(GrayImage g) {
        BufferedImage b = new BufferedImage(g.width(), g.height(), BufferedImage.TYPE_BYTE_GRAY);
        b.getRaster().setDataElements(0, 0, g.width(), g.height(), g.pixels());
        return b;
    }
}
