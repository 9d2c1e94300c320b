package io.github.xxgk.report;


import java.util.List;
import java.util.Optional;

/**
 * One report's standard tables as published, with what was checked. Immutable.
 *
 * @param source   the input's name as given
 * @param kind     what the input was, told from its content: {@link InputKind#TEXT} plain text (any Chinese
 *                 encoding), {@link InputKind#PDF} a PDF (born-digital, or scanned and read by OCR),
 *                 {@link InputKind#HTML} a web page (with its pictures of tables read by OCR),
 *                 {@link InputKind#DOCX} a Word file, {@link InputKind#DOC} an older binary Word file (.doc, .wps),
 *                 {@link InputKind#IMAGE} a picture of a report (PNG, JPEG, TIFF or GIF, read by OCR). The other
 *                 kinds ({@link InputKind#ZIP}, {@link InputKind#BINARY}, {@link InputKind#EMPTY}) give no report:
 *                 {@link io.github.xxgk.Xxgk} throws an {@link XxgkException} naming them.
 * @param pages    pages of a paged input, 0 otherwise
 * @param agency   from the title (or the page's metadata), null if not found
 * @param year     from the title, null if not found
 * @param format   the official format the tables follow
 * @param otherSplit whether t3 prints （六）其他处理 as three sub-rows (2021) or one row (2019)
 * @param cells    every cell found, in table order
 * @param findings every check with its status and cells
 * @param warnings labels that matched nothing, duplicates, non-numeric values, narrative sections not found:
 *                 for a person to look at
 * @param sections the narrative in order: the preface, each numbered section with its number and title as
 *                 printed, the signature; empty when the report has no narrative or prints it as an image (the
 *                 warnings say so)
 * @param ocrPages pages (or images) read by OCR; 0 for a born-digital input
 */
public record Report(String source, InputKind kind, int pages, String agency, Integer year, Format format,
                     boolean otherSplit, List<ReportCell> cells, List<Finding> findings, List<String> warnings,
                     List<ReportSection> sections, int ocrPages) {

    /** A report read without OCR. */
    public Report(String source, InputKind kind, int pages, String agency, Integer year, Format format,
                  boolean otherSplit, List<ReportCell> cells, List<Finding> findings, List<String> warnings,
                  List<ReportSection> sections) {
        this(source, kind, pages, agency, year, format, otherSplit, cells, findings, warnings, sections, 0);
    }

    public Report {
        cells = List.copyOf(cells);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        sections = List.copyOf(sections);
    }

    /** The first section of this part, if the report has it. */
    public Optional<ReportSection> section(NarrativePart part) {
        return sections.stream().filter(s -> s.part() == part).findFirst();
    }

    /** The cell with this key, if the report has it. */
    public Optional<ReportCell> cell(TableId table, String row, String col) {
        CellKey key = new CellKey(table, row, col);
        return cells.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * Who published the report: the agency as printed, resolved against the GB/T 2260 list in force in the
     * report's year to its division's code, names and level, and its kind (government, general office,
     * department, zone). Unresolved (a name that fits several divisions or none) leaves the code null and says why;
     * check {@code ID-REGION} names it among the findings.
     */
    public Identity identity() {
        return Identity.of(agency, year);
    }

    /** The checks that failed. */
    public List<Finding> failures() {
        return findings.stream().filter(Finding::failed).toList();
    }
}
