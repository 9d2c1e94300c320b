package io.github.xxgk.internal.detect;

import io.github.xxgk.report.NarrativePart;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportSection;
import io.github.xxgk.Xxgk;
import io.github.xxgk.internal.source.model.Flow;
import io.github.xxgk.internal.source.model.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The narrative is the same characters in every form of a report: the web page and the browser's PDF of it give
 * identical sections once whitespace is taken out; characters a PDF font maps to a canonically equivalent code
 * point (〈 as U+2329 where the page has U+3008) are the page's; a sub-heading stays in its section.
 */
class NarrativeSameCharactersTest {

    private static final Path CORPUS = Path.of("fixtures", "corpus");

    static List<String> reports() throws Exception {
        return NarrativeCorpusTest.reports();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void theWebPageAndItsBrowserPdfGiveTheSameSections(String id) throws Exception {
        Report page = Xxgk.extract(CORPUS.resolve(id).resolve("source.html"));
        Report pdf = Xxgk.extract(CORPUS.resolve(id).resolve("chrome.pdf"));
        assertEquals(7, page.sections().size(), id);
        assertEquals(NarrativeVariantsTest.describe(page.sections(), true), NarrativeVariantsTest.describe(pdf.sections(), true), id);
    }

    /**
     * 005's text with its 〈…〉 (the page's U+3008/U+3009) and the same text as a PDF font maps them (U+2329/U+232A,
     * canonically the same characters): the same sections, with the page's code points.
     */
    @Test
    void canonicallyEquivalentCharactersAreOne() throws Exception {
        String text = Files.readString(CORPUS.resolve("005").resolve("tabbed.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("<中华人民共和国政府信息公开工作年度报告格式>"));
        String page = text.replace("<中华人民共和国政府信息公开工作年度报告格式>", "\u3008中华人民共和国政府信息公开工作年度报告格式\u3009");
        String font = text.replace("<中华人民共和国政府信息公开工作年度报告格式>", "\u2329中华人民共和国政府信息公开工作年度报告格式\u232A");
        List<ReportSection> a = Xxgk.extract(page.getBytes(StandardCharsets.UTF_8), "page.txt").sections();
        List<ReportSection> b = Xxgk.extract(font.getBytes(StandardCharsets.UTF_8), "font.txt").sections();
        assertEquals(NarrativeVariantsTest.describe(a, true), NarrativeVariantsTest.describe(b, true));
        String preface = b.get(0).text();
        assertTrue(preface.contains("\u3008中华人民共和国政府信息公开工作年度报告格式\u3009"), preface);
        assertFalse(preface.contains("\u2329"), preface);
    }

    /**
     * Section 五's heading left open ("存在的主要问题及改进") and its first sub-heading on the next line, as a web
     * page gives them (two paragraphs) and as a PDF may (the sub-heading read as going on from the line above):
     * both keep （一）主要问题 in the section's text, not in its title.
     */
    @Test
    void aSubHeadingStaysInItsSection() {
        for (Flow flow : List.of(Flow.PARAGRAPH, Flow.CONTINUED)) {
            List<Row> rows = List.of(
                    Row.line("一、总体情况", 1, Flow.PARAGRAPH),
                    Row.line("本年度主动公开政府信息。", 1, Flow.PARAGRAPH),
                    Row.line("五、存在的主要问题及改进", 1, Flow.PARAGRAPH),
                    Row.line("（一）主要问题", 1, flow),
                    Row.line("政策解读形式不够丰富。", 1, Flow.PARAGRAPH),
                    Row.line("六、其他需要报告的事项", 1, Flow.PARAGRAPH),
                    Row.line("无。", 1, Flow.PARAGRAPH));
            List<ReportSection> sections = NarrativeSections.of(rows).sections();
            ReportSection problems = sections.stream().filter(s -> s.part() == NarrativePart.PROBLEMS).findFirst().orElseThrow();
            assertEquals("存在的主要问题及改进", problems.title(), flow.name());
            assertTrue(problems.text().startsWith("（一）主要问题"), flow + ": " + problems.text());
        }
    }

    /**
     * A title whose year follows in brackets, on one line (a web page) or broken over three (a PDF): not part of the
     * preface in either form.
     */
    @Test
    void aTitleWithTheYearInBracketsIsNoPartOfThePreface() {
        String title = "某某市人民政府办公室政府信息公开工作年度报告（2023年度）";
        List<List<Row>> forms = List.of(
                List.of(Row.paragraph(title, 0)),
                List.of(Row.line(title.substring(0, 9), 1, Flow.PARAGRAPH), Row.line(title.substring(9, 20), 1, Flow.CONTINUED),
                        Row.line(title.substring(20), 1, Flow.CONTINUED)));
        for (List<Row> head : forms) {
            List<Row> rows = new java.util.ArrayList<>(head);
            rows.add(Row.line("本报告根据《中华人民共和国政府信息公开条例》编制。", 1, Flow.PARAGRAPH));
            rows.add(Row.line("一、总体情况", 1, Flow.PARAGRAPH));
            rows.add(Row.line("本年度主动公开政府信息。", 1, Flow.PARAGRAPH));
            ReportSection preface = NarrativeSections.of(rows).sections().get(0);
            assertEquals(NarrativePart.PREFACE, preface.part());
            assertEquals("本报告根据《中华人民共和国政府信息公开条例》编制。", preface.text(), head.toString());
        }
    }
}
