package io.github.xxgk.source;

import java.util.List;
import java.util.Map;

/**
 * What a reader hands to the rest of the pipeline: the document as a stream of rows (paragraphs and table
 * rows, in reading order), the number of pages (0 when unpaged) and hints that the reader found outside the
 * text, such as {@code agency} from a web page's 发布机构 box or {@code title} from its head.
 */
public record SourceDocument(String name, InputKind kind, List<Row> rows, int pages, Map<String, String> hints) {

    public SourceDocument {
        rows = List.copyOf(rows);
        hints = Map.copyOf(hints);
    }
}
