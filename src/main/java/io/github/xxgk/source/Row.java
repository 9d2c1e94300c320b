package io.github.xxgk.source;

import java.util.List;

/**
 * A line of a document: a table row (cells in column order, spans resolved) or a paragraph (one cell).
 * {@code page} is 1-based for paged inputs (PDF), 0 where the input has no pages.
 */
public record Row(List<Cell> cells, int page, boolean tableRow) {

    public Row {
        cells = List.copyOf(cells);
    }

    public static Row paragraph(String text, int page) {
        return new Row(List.of(Cell.of(text)), page, false);
    }

    public static Row ofTexts(List<String> texts, int page, boolean tableRow) {
        return new Row(texts.stream().map(Cell::of).toList(), page, tableRow);
    }

    /** All the text of the row, cells joined by a space. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells) {
            if (c.continuation() || c.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c.text().strip());
        }
        return sb.toString();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.continuation() || c.isBlank());
    }
}
