package io.github.xxgk.internal.source.model;

import io.github.xxgk.report.XxgkException;

/**
 * A reader of one kind of input. It turns bytes into rows and nothing more: finding the tables' sections,
 * matching labels and mapping values happen downstream, the same for every kind of input.
 */
public interface ReportSource {

    /**
     * @param content the whole input
     * @param name    the input's name as the user gave it, used in messages
     * @throws XxgkException with a specific reason (corrupt, encrypted, needs-ocr, …) when the input can't be read
     */
    SourceDocument read(byte[] content, String name) throws XxgkException;
}
