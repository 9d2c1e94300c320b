package io.github.xxgk.internal.detect;

import io.github.xxgk.report.NarrativePart;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportSection;
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
     * 009's PDF as the agency published it (WPS, page numbers - 1 - at each foot, 一 and 五 running over page
     * breaks) against the web page, which was rebuilt from the published text and keeps only some paragraphs of
     * 一 and the opening of 五: the same sections with the same titles; the page's paragraphs are the starts of
     * the PDF's, in the same order; the other parts are the same text.
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
            if (a.part() != NarrativePart.OVERVIEW && a.part() != NarrativePart.PROBLEMS) {
                assertEquals(squeeze(a.text()), squeeze(b.text()), a.part().code());
                continue;
            }
            List<String> pdfParagraphs = List.of(b.text().split("\n")).stream().map(NarrativeCorpusTest::squeeze).toList();
            int at = -1;
            for (String p : a.text().split("\n")) {
                int found = at + 1;
                while (found < pdfParagraphs.size() && !pdfParagraphs.get(found).startsWith(squeeze(p))) {
                    found++;
                }
                assertTrue(found < pdfParagraphs.size(), () -> "not the start of a paragraph of the PDF, in order: " + p);
                at = found;
            }
        }
        // as printed (each indented): the opening, （一）, （二）, （三）'s heading line and its text, （四）, （五）
        assertEquals(7, published.get(1).text().split("\n").length, published.get(1).text());
        // 五 runs from page 4 over to page 5, past the page number - 4 -
        assertTrue(published.get(5).text().contains("实行政府信息公开工作人员跟班学习制度"), published.get(5).text());
        assertTrue(published.stream().noneMatch(s -> s.text().contains("- 4 -")));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
