package io.github.xxgk.source.word;

import io.github.xxgk.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A title printed only in the page header of a Word file (see {@link HeaderTitleFixture}) gives agency and year. */
class HeaderTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {"header-title.docx", "header-title.doc"})
    void theTitleInThePageHeaderIsRead(String file) throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures", "docx", file));
        assertEquals("平潭综合实验区", r.agency());
        assertEquals(2021, r.year());
        Truth truth = Truth.load("004");
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
    }
}
