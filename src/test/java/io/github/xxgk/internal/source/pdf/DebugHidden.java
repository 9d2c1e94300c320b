package io.github.xxgk.internal.source.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;

/** Developer tool: per page, the characters and how many of them are never seen. Args: files */
public final class DebugHidden {
    public static void main(String[] a) throws Exception {
        for (String f : a) {
            try (PDDocument doc = PDDocument.load(new File(f))) {
                if (doc.isEncrypted()) {
                    doc.setAllSecurityToBeRemoved(true);
                }
                StringBuilder sb = new StringBuilder(f);
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    DrawnPage d = PageScanner.scanDrawn(doc.getPage(p - 1), p);
                    sb.append(' ').append(d.hiddenChars()).append('/').append(TextLayer.of(d.page()).mapped());
                }
                System.out.println(sb);
            } catch (Exception e) {
                System.out.println(f + " " + e);
            }
        }
    }
}
