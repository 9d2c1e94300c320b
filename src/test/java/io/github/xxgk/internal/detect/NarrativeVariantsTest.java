package io.github.xxgk.internal.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportSection;
import io.github.xxgk.Xxgk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fixture per narrative variant seen in real reports (fixtures/narrative, made by make.py beside them): the
 * sections read from the web page, its Word file and its PDFs against the sections the generator wrote. The
 * web page and the Word file give the text exactly; a PDF gives the same characters in the same order (its
 * line breaks and the spaces it sets around numbers aside).
 */
public class NarrativeVariantsTest {

    private static final Path DIR = Path.of("fixtures/narrative");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "renumbered, html", "renumbered, docx", "renumbered, writer.pdf",
            "title-split, html", "title-split, docx", "title-split, writer.pdf",
            "page-break, html", "page-break, docx", "page-break, writer.pdf", "page-break, chrome.pdf",
            "no-six, html", "no-six, docx", "no-six, writer.pdf",
            "bold-cell, html", "bold-cell, docx", "bold-cell, writer.pdf"})
    void sectionsAsWritten(String variant, String form) throws Exception {
        List<ReportSection> expected = expected(variant);
        Report r = Xxgk.extract(DIR.resolve(variant + "." + form));
        boolean pdf = form.endsWith("pdf");
        assertEquals(describe(expected, pdf), describe(r.sections(), pdf), variant + "." + form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"renumbered, review_litigation", "no-six, other"})
    void aMissingSectionIsNamedInTheWarnings(String variant, String missing) throws Exception {
        Report r = Xxgk.extract(DIR.resolve(variant + ".html"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("narrative:") && w.contains(" " + missing + " ")),
                () -> r.warnings().toString());
        assertEquals(1, r.warnings().stream().filter(w -> w.startsWith("narrative:")).count(), () -> r.warnings().toString());
    }

    /**
     * The 2021 template filled by LibreOffice (fixtures/pdf/word): every page of template-repeat-header carries a
     * running header (the title) and a footer 第 X 页 共 Y 页, and t3 runs over three pages. The narrative is the
     * template's own placeholders, with none of that furniture.
     */
    @ParameterizedTest
    @CsvSource({"template-repeat-header", "template-landscape"})
    void runningHeadersAndFootersAreLeftOut(String name) throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/pdf/word").resolve(name + ".pdf"));
        assertEquals("""
                overview | 一 | 总体情况 | （文字描述）
                proactive | 二 | 主动公开政府信息情况 |\s
                requests | 三 | 收到和处理政府信息公开申请情况 |\s
                review_litigation | 四 | 政府信息公开行政复议、行政诉讼情况 |\s
                problems | 五 | 存在的主要问题及改进情况 | （文字描述）
                other | 六 | 其他需要报告的事项 | （文字描述，收取信息处理费情况在此处报告。）
                """, describe(r.sections(), true));
    }

    /** The sections the generator wrote for this variant. */
    public static List<ReportSection> expected(String variant) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(DIR.resolve(variant + ".expected.json")));
        List<ReportSection> out = new ArrayList<>();
        for (JsonNode s : root) {
            out.add(new ReportSection(io.github.xxgk.report.NarrativePart.ofCode(s.get("section").asText()), s.get("number").asText(), s.get("title").asText(),
                    s.get("text").asText()));
        }
        return out;
    }

    /** The sections one per line, for a readable difference; a PDF's text without its whitespace. */
    public static String describe(List<ReportSection> sections, boolean withoutWhitespace) {
        StringBuilder sb = new StringBuilder();
        for (ReportSection s : sections) {
            String text = withoutWhitespace ? s.text().replaceAll("\\s+", "") : s.text();
            sb.append(s.part().code()).append(" | ").append(s.number()).append(" | ").append(s.title()).append(" | ")
                    .append(text).append('\n');
        }
        return sb.toString();
    }
}
