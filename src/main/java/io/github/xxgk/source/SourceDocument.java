package io.github.xxgk.source;

import java.util.List;
import java.util.Map;

/**
 * What a reader hands to the rest of the pipeline: the document as a stream of rows (paragraphs and table
 * rows, in reading order), the number of pages (0 when unpaged) and hints that the reader found outside the
 * text, such as {@code agency} from a web page's 发布机构 box or {@code title} from its head.
 */
public record SourceDocument(String name, InputKind kind, List<Row> rows, int pages, Map<String, String> hints) {

    /**
     * The hint holding the title a file gives itself (a PDF's document title): read for the agency and year only
     * when the text has no title, and never taken as a sign that the file is a report.
     */
    public static final String DOCUMENT_TITLE = "documentTitle";

    public SourceDocument {
        rows = List.copyOf(rows);
        hints = Map.copyOf(hints);
    }
}
