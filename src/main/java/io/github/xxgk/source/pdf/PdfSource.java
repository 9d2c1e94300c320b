package io.github.xxgk.source.pdf;

import io.github.xxgk.source.ReportSource;
import io.github.xxgk.source.SourceDocument;

import io.github.xxgk.XxgkException;
import io.github.xxgk.XxgkException.Reason;

/**
 * Reads a PDF report: PDFBox for the glyphs and ruling lines, tabula's lattice algorithm for ruled tables,
 * column alignment for unruled ones; see {@link PdfReader}.
 */
public final class PdfSource implements ReportSource {

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        if (content.length == 0) {
            throw new XxgkException(Reason.EMPTY, name, "empty file");
        }
        return PdfReader.read(content, name);
    }
}
