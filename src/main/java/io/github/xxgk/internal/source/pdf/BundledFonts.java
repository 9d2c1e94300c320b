package io.github.xxgk.internal.source.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.awt.geom.GeneralPath;
import java.util.List;

/**
 * A PDFBox font mapper that never looks at the system's fonts: every font a PDF does not embed is stood in for
 * by the font PDFBox ships for that purpose (Liberation Sans), as PDFBox itself does on a machine without fonts.
 *
 * <p>Why: PDFBox's own mapper, the first time any font class is loaded (its standard-14 constants), lists every
 * font file of the system and reads or rebuilds a cache of them in {@code ~/.pdfbox.cache}: half a second of
 * CPU per run with the cache, and a minute on a machine with the CJK fonts and no cache yet. Reading text needs
 * none of it: codes map to text through the PDF's own ToUnicode, encoding or CID maps, and widths come from the
 * PDF's /Widths or /W (or the bundled metrics of the 14 standard fonts). A stand-in font matters only for
 * drawing glyphs, which xxgk does not do; and the result no longer depends on which fonts a machine has.
 *
 * <p>The mapper is installed the first time xxgk reads a PDF, unless the system property
 * {@value #KEEP_SYSTEM_FONTS} is {@code true}: a program that also renders PDFs with PDFBox in the same JVM and
 * wants the system's fonts for that sets it (or installs its own mapper after xxgk's first PDF).
 */
final class BundledFonts implements FontMapper {

    /** System property: {@code true} leaves PDFBox's font mapper as it is. */
    static final String KEEP_SYSTEM_FONTS = "xxgk.pdf.systemFonts";

    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    BundledFonts() {
    }

    /** Installs the mapper unless told not to; called once, before PDFBox's font classes are first used. */
    static void install() {
        if (!Boolean.getBoolean(KEEP_SYSTEM_FONTS)) {
            FontMappers.set(new BundledFonts());
        }
    }

    /** The stand-in font, parsed the first time a PDF needs one (most PDFs embed all their fonts). */
    private static final class Fallback {
        static final TrueTypeFont FONT = load();

        private static TrueTypeFont load() {
            try (InputStream in = FontMapper.class.getResourceAsStream(FALLBACK)) {
                if (in == null) {
                    throw new IllegalStateException("PDFBox's bundled font " + FALLBACK + " is missing from the class path");
                }
                return new TTFParser().parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read PDFBox's bundled font " + FALLBACK, e);
            }
        }
    }

    // The mappings are not flagged as fallbacks: PDFBox logs a warning for each font mapped to a fallback (all
    // 14 standard fonts when its font classes load), about glyphs drawn in a stand-in, and xxgk draws none.

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(Fallback.FONT, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(LazyFallback.INSTANCE, false);
    }

    /**
     * The stand-in as a {@link FontBoxFont} that parses it only when one of its glyphs or metrics is asked for.
     * PDFBox maps all 14 standard fonts the moment its Type 1 font class loads, though their widths come from its
     * bundled metrics and reading text asks the stand-in nothing: parsing it then was a cost of most PDFs' start.
     * PDFBox asks a mapped Type 1 font only whether it is an {@code EncodedFont}, which neither this nor the
     * TrueType stand-in is. (Where PDFBox needs the {@code TrueTypeFont} itself, the parsed font is given.)
     */
    private static final class LazyFallback implements FontBoxFont {
        static final LazyFallback INSTANCE = new LazyFallback();

        @Override
        public String getName() throws IOException {
            return Fallback.FONT.getName();
        }

        @Override
        public BoundingBox getFontBBox() throws IOException {
            return Fallback.FONT.getFontBBox();
        }

        @Override
        public List<Number> getFontMatrix() throws IOException {
            return Fallback.FONT.getFontMatrix();
        }

        @Override
        public GeneralPath getPath(String name) throws IOException {
            return Fallback.FONT.getPath(name);
        }

        @Override
        public float getWidth(String name) throws IOException {
            return Fallback.FONT.getWidth(name);
        }

        @Override
        public boolean hasGlyph(String name) throws IOException {
            return Fallback.FONT.hasGlyph(name);
        }
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, Fallback.FONT, false);
    }
}
