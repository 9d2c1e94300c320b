package io.github.xxgk.internal.source.model;

import io.github.xxgk.report.InputKind;
import java.util.List;

/**
 * What a reader hands to the rest of the pipeline: the document as a stream of rows (paragraphs and table
 * rows, in reading order), the number of pages (0 when unpaged) and what the reader found outside the text
 * ({@link Hints}).
 */
public record SourceDocument(String name, InputKind kind, List<Row> rows, int pages, Hints hints) {

    public SourceDocument {
        rows = List.copyOf(rows);
    }
}
