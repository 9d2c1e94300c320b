package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.SourceDocument;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;

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
