package io.github.xxgk.internal.source.model;

import java.util.List;

/**
 * A line of a document: a table row (cells in column order, spans resolved) or a paragraph (one cell).
 * {@code page} is 1-based for paged inputs (PDF), 0 where the input has no pages. {@code flow} says how a
 * paragraph belongs to the narrative (a new paragraph, a wrapped line of the one above, page furniture); a
 * table row is always {@link Flow#IN_TABLE}.
 */
public record Row(List<Cell> cells, int page, boolean tableRow, Flow flow) {

    public Row {
        cells = List.copyOf(cells);
        flow = tableRow ? Flow.IN_TABLE : flow == null ? Flow.PARAGRAPH : flow;
    }

    /** A table row, or a paragraph of its own. */
    public Row(List<Cell> cells, int page, boolean tableRow) {
        this(cells, page, tableRow, null);
    }

    public static Row paragraph(String text, int page) {
        return new Row(List.of(Cell.of(text)), page, false);
    }

    /** A printed line of running text, with what a line-based reader knows of its place in the text. */
    public static Row line(String text, int page, Flow flow) {
        return new Row(List.of(Cell.of(text)), page, false, flow);
    }

    /** This row with another flow (a reader deciding a line's place once it has seen the lines around it). */
    public Row withFlow(Flow f) {
        return new Row(cells, page, tableRow, f);
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
