package io.github.xxgk.internal.source.pdf.page;

import io.github.xxgk.internal.source.model.Row;

import java.util.List;

/** Something on a page in reading order: a paragraph line or a table's rows, placed by its top edge. */
public record Block(float top, List<Row> rows) {
}
