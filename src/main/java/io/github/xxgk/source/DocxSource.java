package io.github.xxgk.source;

import io.github.xxgk.XxgkException;
import io.github.xxgk.XxgkException.Reason;

/** Placeholder until the Docx reader lands: says plainly that this kind is not read yet. */
public final class DocxSource implements ReportSource {

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "Docx input is not supported yet");
    }
}
