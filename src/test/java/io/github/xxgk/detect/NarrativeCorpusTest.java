package io.github.xxgk.detect;

import io.github.xxgk.NarrativePart;
import io.github.xxgk.Report;
import io.github.xxgk.ReportSection;
import io.github.xxgk.Xxgk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every born-digital form of a corpus report gives the same narrative: the same sections with the same numbers
 * and titles, and texts of the same characters in the same order once whitespace is taken out (a PDF breaks
 * lines and sets spaces around numbers where the web page has none). The text copied out of a viewer is the
 * reference; every form is also checked against the report's own six standard sections.
 */
class NarrativeCorpusTest {

    private static final Path CORPUS = Path.of("fixtures", "corpus");
    private static final List<String> FORMS = List.of("source.html", "source.docx", "chrome.pdf", "writer.pdf", "plain.pdf",
            "locked.pdf");

    static List<String> reports() throws IOException {
        List<String> out = new ArrayList<>();
        try (var dirs = Files.list(CORPUS)) {
            dirs.filter(d -> Files.exists(d.resolve("tabbed.txt"))).map(d -> d.getFileName().toString()).sorted().forEach(out::add);
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyFormGivesTheSameSections(String id) throws Exception {
        Report reference = Xxgk.extract(CORPUS.resolve(id).resolve("tabbed.txt"));
        List<ReportSection> ref = reference.sections();
        // the standard six, numbered 一 … 六 in order, after the preface
        List<NarrativePart> parts = ref.stream().map(ReportSection::part).toList();
        assertEquals(List.of(NarrativePart.PREFACE, NarrativePart.OVERVIEW, NarrativePart.PROACTIVE, NarrativePart.REQUESTS,
                NarrativePart.REVIEW_LITIGATION, NarrativePart.PROBLEMS, NarrativePart.OTHER), parts, id);
        assertEquals(List.of("", "一", "二", "三", "四", "五", "六"), ref.stream().map(ReportSection::number).toList(), id);
        assertTrue(reference.section(NarrativePart.OVERVIEW).orElseThrow().text().length() > 40, id);
        assertTrue(reference.section(NarrativePart.PREFACE).orElseThrow().text().contains("条例"), id);
        String expected = NarrativeVariantsTest.describe(ref, true);
        for (String form : FORMS) {
            Report r = Xxgk.extract(CORPUS.resolve(id).resolve(form));
            assertEquals(expected, NarrativeVariantsTest.describe(r.sections(), true), id + "/" + form);
            assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith("narrative:")), () -> id + "/" + form + r.warnings());
        }
    }

    /**
     * 009's PDF as the agency published it (WPS, page numbers - 1 - at each foot, 五 running over a page break)
     * against the web page: the web page was rebuilt from the published text and keeps only two of the
     * paragraphs of 一, in order; every other part is the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {"009"})
    void thePublishedPdfAgreesWithItsWebPage(String id) throws Exception {
        List<ReportSection> page = Xxgk.extract(CORPUS.resolve(id).resolve("source.html")).sections();
        List<ReportSection> published = Xxgk.extract(CORPUS.resolve(id).resolve("published.pdf")).sections();
        assertEquals(page.size(), published.size());
        for (int i = 0; i < page.size(); i++) {
            ReportSection a = page.get(i);
            ReportSection b = published.get(i);
            assertEquals(a.part() + a.number() + a.title(), b.part() + b.number() + b.title());
            if (a.part() != NarrativePart.OVERVIEW) {
                assertEquals(squeeze(a.text()), squeeze(b.text()), a.part().code());
                continue;
            }
            // the page's paragraphs are whole paragraphs of the PDF, in the same order
            List<String> pdfParagraphs = List.of(b.text().split("\n")).stream().map(NarrativeCorpusTest::squeeze).toList();
            int at = -1;
            for (String p : a.text().split("\n")) {
                int found = pdfParagraphs.indexOf(squeeze(p));
                assertTrue(found > at, () -> "not a paragraph of the PDF in order: " + p);
                at = found;
            }
            // as printed (each indented): the opening, （一）, （二）, （三）'s heading line and its text, （四）, （五）
            assertEquals(7, pdfParagraphs.size(), b.text());
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
