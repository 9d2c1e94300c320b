package io.github.xxgk.source.pdf;

import io.github.xxgk.source.PictureFiles;
import io.github.xxgk.source.ocr.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public final class Variants {
    public static void main(String[] args) throws Exception {
        OcrEngine e = OcrEngine.forThisThread();
        for (String a : args) {
            Path file = Path.of(a);
            Pictures.Picture p = Pictures.atScanResolution(PictureFiles.decode(Files.readAllBytes(file), a).get(0));
            GrayImage page = p.image();
            double dpi = p.dpi();
            int th = Ink.otsu(page);
            Ink ink = Ink.of(page, th);
            List<technology.tabula.Ruling> rulings = ScannedPage.read(1, page, dpi, false, a).rulings();
            float s = (float) (72.0 / dpi);
            int i = 0;
            for (Grid g : Lattice.find(new PageObjects(1, page.width() * s, page.height() * s, 0, List.of(), rulings, 0))) {
                CellReader reader = new CellReader(e, page, ink, 4);
                for (Grid.GridCell c : g.cells()) {
                    int x0 = Math.round(c.rect().getLeft() / s), y0 = Math.round(c.rect().getTop() / s);
                    int x1 = Math.round(c.rect().getRight() / s), y1 = Math.round(c.rect().getBottom() / s);
                    CellText t = reader.read(x0, y0, x1, y1);
                    i++;
                    if (!t.value()) continue;
                    InkBox box = InkBox.of(ink, x0 + 6, y0 + 6, x1 - 6, y1 - 6);
                    if (box == null) continue;
                    int h = box.height();
                    GrayImage crop = page.crop(box.x0() - 2, box.y0() - 2, box.x1() + 2, box.y1() + 2);
                    StringBuilder sb = new StringBuilder();
                    for (int target : new int[] {24, 30, 36, 40, 48}) {
                        for (int pad : new int[] {12, 30}) {
                            Reading r = e.numberRaw(crop.scaledPadded((double) target / h, pad));
                            sb.append(String.format(" %d/%d:%s@%.0f", target, pad, r.text(), r.confidence()));
                        }
                    }
                    Reading b = e.number(crop.binarized(th).scaledPadded(30.0 / h, 12));
                    sb.append(String.format(" bin:%s@%.0f", b.text(), b.confidence()));
                    Reading b2 = e.number(page.crop(box.x0() - 2, box.y0() - 2, box.x1() + 2, box.y1() + 2).scaledPadded(1.0, 20));
                    sb.append(String.format(" raw:%s@%.0f", b2.text(), b2.confidence()));
                    Reading ch = e.digit(crop.scaledPadded(30.0 / h, 12));
                    sb.append(String.format(" chr:%s@%.0f", ch.text(), ch.confidence()));
                    System.out.printf("%s c%d h%d '%s' %.0f %s |%s%n", file.getParent().getParent().getFileName(), i - 1, h, t.text(), t.confidence(), t.otherReading(), sb);
                }
            }
        }
        OcrEngine.closeAll();
    }
}
