package io.github.xxgk.internal.detect;

import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.Sources;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A title broken at every place into two and into three lines, in a PDF made with PDFBox
 * ({@link WrappedTitleFixture}): read by the PDF reader, every page's lines give the whole agency and the year.
 */
class WrappedTitlePdfTest {

    @Test
    void everyBreakOfTheTitleInAPdfGivesTheWholeAgency() throws Exception {
        SourceDocument doc = Sources.read(Files.readAllBytes(WrappedTitleFixture.FILE), WrappedTitleFixture.FILE.toString());
        List<List<String>> breaks = WrappedTitleFixture.breaks();
        assertEquals(breaks.size(), doc.pages());
        Map<Integer, List<String>> byPage = new TreeMap<>();
        for (Row r : doc.rows()) {
            byPage.computeIfAbsent(r.page(), p -> new ArrayList<>()).add(r.text());
        }
        assertEquals(breaks.size(), byPage.size());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> page : byPage.entrySet()) {
            TitleParser.Title t = TitleParser.parse(page.getValue(), null, null);
            if (!WrappedTitleFixture.AGENCY.equals(t.agency()) || !Integer.valueOf(WrappedTitleFixture.YEAR).equals(t.year())) {
                wrong.add("page " + page.getKey() + " " + breaks.get(page.getKey() - 1) + " read " + page.getValue()
                        + " -> " + t.agency() + " " + t.year());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
