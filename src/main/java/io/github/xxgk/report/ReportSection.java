package io.github.xxgk.report;

/**
 * One part of a report's narrative as published.
 *
 * @param part   which part it is (the canonical section, or the preface or signature)
 * @param number the section's number as printed ("一" … "六", also when a report renumbers its sections);
 *               empty for the preface, the signature and an unnumbered heading
 * @param title  the heading as printed without its number ("总体情况"), a heading wrapped over two lines joined;
 *               empty for the preface and the signature
 * @param text   the paragraphs in order, joined by "\n": tables, page numbers and running headers left out, a
 *               line wrapped at the margin or over a page break joined to its paragraph, nothing else changed
 */
public record ReportSection(NarrativePart part, String number, String title, String text) {

    public ReportSection {
        number = number == null ? "" : number;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
