package io.github.xxgk.internal.source.pdf;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Developer tool: writes fixtures/pdf/no-unicode.pdf, the agency's own WPS export of report 009
 * (fixtures/corpus/009/published.pdf, CID TrueType fonts with Identity-H) with the /ToUnicode map of every
 * font removed. The glyphs are still drawn, but their codes (CIDs) map to no character: what a PDF
 * extractor shows as (cid:x). Run from the repository root; the output is committed.
 */
public final class NoUnicodeFixture {

    public static void main(String[] args) throws IOException {
        Path in = Path.of("fixtures/corpus/009/published.pdf");
        Path out = Path.of("fixtures/pdf/no-unicode.pdf");
        int removed = 0;
        try (PDDocument doc = PDDocument.load(in.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    COSDictionary dict = font.getCOSObject();
                    if (dict.containsKey(COSName.TO_UNICODE)) {
                        dict.removeItem(COSName.TO_UNICODE);
                        removed++;
                    }
                    COSBase desc = dict.getDictionaryObject(COSName.DESCENDANT_FONTS);
                    if (desc instanceof org.apache.pdfbox.cos.COSArray a && a.size() > 0
                            && a.getObject(0) instanceof COSDictionary d && d.containsKey(COSName.TO_UNICODE)) {
                        d.removeItem(COSName.TO_UNICODE);
                        removed++;
                    }
                }
            }
            doc.save(out.toFile());
        }
        System.out.println("wrote " + out + " (" + removed + " /ToUnicode maps removed)");
    }
}
