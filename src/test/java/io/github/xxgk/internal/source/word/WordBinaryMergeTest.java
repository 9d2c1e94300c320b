package io.github.xxgk.internal.source.word;

import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.Sources;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each merge shape of a legacy Word table: fixtures/doc/NAME.doc is NAME.html converted by LibreOffice
 * ({@code soffice --headless --convert-to 'doc:MS Word 97'}). The truth is the web page's own grid, rowspan and
 * colspan resolved by the HTML reader: the .doc reader, which has only cell edges and merge flags, must rebuild
 * the same cells in the same columns, covered positions marked spanned.
 */
class WordBinaryMergeTest {

    private static final Path DIR = Path.of("fixtures", "doc");

    @ParameterizedTest
    @ValueSource(strings = {"vertical", "horizontal", "both"})
    void theDocGridIsThePageGrid(String shape) throws Exception {
        List<List<String>> page = grid(DIR.resolve(shape + ".html"));
        List<List<String>> doc = grid(DIR.resolve(shape + ".doc"));
        assertTrue(page.size() >= 3, "the page has its table: " + page);
        assertTrue(page.stream().flatMap(List::stream).anyMatch(s -> s.equals("<span>")), "the page has merged cells");
        assertEquals(page, doc);
    }

    /** The table rows, each cell its text or {@code <span>} where a merged cell covers it. */
    private static List<List<String>> grid(Path file) throws Exception {
        SourceDocument d = Sources.read(Files.readAllBytes(file), file.toString());
        return d.rows().stream().filter(Row::tableRow)
                .map(r -> r.cells().stream().map(c -> c.continuation() ? "<span>" : c.text().strip()).toList())
                .toList();
    }
}
