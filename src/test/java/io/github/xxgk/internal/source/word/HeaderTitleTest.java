package io.github.xxgk.internal.source.word;

import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A title printed only in the page header of a Word file (see {@link HeaderTitleFixture}) gives agency and year. */
class HeaderTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {"header-title.docx", "header-title.doc"})
    void theTitleInThePageHeaderIsRead(String file) throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures", "docx", file));
        assertEquals("平潭综合实验区", r.agency());
        assertEquals(2021, r.year());
        var id = r.findings().stream().filter(f -> f.check().equals("ID")).toList();
        assertEquals(1, id.size(), id::toString);
        assertEquals("pass", id.get(0).status().code(), id.get(0).message());
        assertTrue(id.get(0).message().contains("from the page title or header"), id.get(0).message());
        Truth truth = Truth.load("004");
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
    }
}
