package io.github.xxgk.source;

import io.github.xxgk.XxgkException;
import io.github.xxgk.XxgkException.Reason;

/** Placeholder until the Pdf reader lands: says plainly that this kind is not read yet. */
public final class PdfSource implements ReportSource {

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "Pdf input is not supported yet");
    }
}
