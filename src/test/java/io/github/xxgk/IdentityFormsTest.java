package io.github.xxgk;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.Report;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who published a report and for which year, in every form it comes in: the agency as printed (truth.json names
 * the agency in full; a form prints its name, 洪泽区人民政府 for 淮安市洪泽区人民政府, and 平潭综合实验区（汇总…） is the
 * zone as a whole) and truth's year, with check {@code ID} passing; and where a form lacks them, check {@code ID}
 * failing with what is missing or in conflict.
 */
class IdentityFormsTest {

    private static final List<String> FORMS = List.of("source.html", "source.docx", "source.doc", "chrome.pdf",
            "writer.pdf", "plain.pdf", "tabbed.txt");

    static List<String> inputs() throws Exception {
        List<String> out = new ArrayList<>();
        try (var dirs = Files.list(Truth.CORPUS)) {
            for (Path d : dirs.sorted().toList()) {
                for (String form : FORMS) {
                    if (Files.exists(d.resolve(form))) {
                        out.add(d.getFileName() + "/" + form);
                    }
                }
            }
        }
        return out;
    }

    /** The name truth gives, with a note in brackets after it (（汇总：管委会及区直各单位）) taken off. */
    static String truthAgency(Truth truth) {
        return truth.agency().replaceAll("[（(][^）)]*[）)]$", "");
    }

    /**
     * An agency as printed is right when it is truth's name, or its end after a whole place name (the printed name
     * leaves off the city: 淮安市 + 洪泽区人民政府), never a piece of a word (展和改革局 of 沭阳县发展和改革局).
     */
    static boolean right(String printed, Truth truth) {
        String name = truthAgency(truth);
        if (printed == null || printed.isEmpty() || !name.endsWith(printed)) {
            return false;
        }
        String before = name.substring(0, name.length() - printed.length());
        return before.isEmpty() || before.matches(".*[省市县区州盟旗]");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyFormGivesTheAgencyAndTheYear(String input) throws Exception {
        Report r = Xxgk.extract(Truth.CORPUS.resolve(input));
        Truth truth = Truth.load(input.substring(0, input.indexOf('/')));
        assertTrue(right(r.agency(), truth), () -> input + ": " + r.agency() + " for " + truth.agency());
        assertEquals(truth.year(), r.year(), input);
        Finding id = only(r, "ID");
        assertEquals(Finding.Status.PASS, id.status(), id.message());
    }

    /** A title printed in a picture: the scan's title read by OCR, with how sure the engine was. */
    @Test
    void theTitleOfAScanIsReadByOcr() throws Exception {
        Report r = Xxgk.extract(Truth.CORPUS.resolve("012").resolve("scan.pdf"));
        Truth truth = Truth.load("012");
        assertTrue(right(r.agency(), truth), r.agency());
        assertEquals(truth.year(), r.year());
        Finding id = only(r, "ID");
        assertEquals(Finding.Status.PASS, id.status(), id.message());
        assertTrue(id.message().contains("read by OCR with confidence"), id.message());
    }

    /**
     * An unruled scan whose title page is blank (the first two pages of 005's and 009's scan-plain.pdf, made by
     * fixtures/pdf/make-untitled-scans.sh): no agency is printed, so it is empty and check ID names it; the year is the
     * statistics period's as the OCR engine read the preamble's lines (005's rows put its dates out of order), and the
     * format follows from the tables. 009's bold heading (年度报告 without an agency) is no ruled table: the page's t2
     * cells are read from its words.
     */
    @ParameterizedTest
    @ValueSource(strings = {"005", "009"})
    void anUnruledScanWithoutItsTitlePageTakesTheYearFromItsStatisticsPeriod(String report) throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures", "pdf", "scan-plain-untitled-" + report + ".pdf"), Limits.DEFAULT.withTimeout(null));
        Truth truth = Truth.load(report);
        assertEquals(truth.year(), r.year());
        assertEquals(truth.format(), r.format().code());
        assertNull(r.agency());
        Finding id = only(r, "ID");
        assertEquals(Finding.Status.FAIL, id.status());
        assertTrue(id.message().startsWith("no agency"), id.message());
        // the cells of t2 this page prints (rules, normative documents; 009 also licensing), read right
        assertTrue(truth.right(r) >= (report.equals("009") ? 7 : 6), truth.right(r) + " " + truth.wrong(r));
        assertEquals(List.of(), truth.silent(r));
    }

    /**
     * The same page as a picture file (005's page 2 rendered at 200 dpi and saved as PNG, which has no resolution of
     * its own: a portrait page is taken as A4 wide): the engine's lines of a picture read from its words give the year.
     */
    @Test
    void anUnruledPictureWithoutATitleTakesTheYearFromItsStatisticsPeriod() throws Exception {
        byte[] png;
        try (PDDocument doc = PDDocument.load(Path.of("fixtures", "pdf", "scan-plain-untitled-005.pdf").toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(1, 200, ImageType.GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page, "png", out);
            png = out.toByteArray();
        }
        Report r = Xxgk.extract(png, "page.png", Limits.DEFAULT.withTimeout(null));
        Truth truth = Truth.load("005");
        assertEquals(truth.year(), r.year());
        assertNull(r.agency());
        assertTrue(only(r, "ID").message().startsWith("no agency"), only(r, "ID").message());
        assertEquals(List.of(), truth.silent(r));
    }

    /** A web page whose title is gone (no {@code <title>}, no heading): the 发布机构 of its metadata box names the agency. */
    @Test
    void theMetadataBoxAloneGivesTheAgency() throws Exception {
        String page = Files.readString(Truth.CORPUS.resolve("012").resolve("source.html"), StandardCharsets.UTF_8);
        String title = "沭阳县发展和改革局2023年政府信息公开年度报告";
        String boxed = page.replace("<title>" + title + "</title>", "")
                .replace("<h1>" + title + "</h1>", "<table><tr><td>索引号：</td><td>K22300126/2024-00003</td><td>发布机构：</td>"
                        + "<td>沭阳县发展和改革局</td></tr><tr><td>发布日期：</td><td>2024-01-22</td><td>主题分类：</td><td>其他</td></tr></table>");
        assertTrue(!boxed.contains(title + "<") && boxed.contains("发布机构"));
        Report r = Xxgk.extract(boxed.getBytes(StandardCharsets.UTF_8), "boxed.html");
        assertEquals("沭阳县发展和改革局", r.agency());
        assertEquals(2023, r.year()); // from the statistics period of the preamble
        Finding id = only(r, "ID");
        assertEquals(Finding.Status.PASS, id.status(), id.message());
        assertTrue(id.message().contains("publisher box"), id.message());
    }

    /**
     * No title anywhere, but the preamble publishes the report under its full name ("现向社会公布沭阳县发展和改革局
     * 2023年度政府信息公开年度报告。"): that name gives the agency, and check ID says it came from the text, not a title.
     */
    @Test
    void withoutATitleTheReportsFullNameInThePreambleGivesTheAgency() throws Exception {
        String text = Files.readString(Truth.CORPUS.resolve("012").resolve("tabbed.txt"), StandardCharsets.UTF_8);
        String untitled = text.substring(text.indexOf('\n') + 1);
        assertTrue(untitled.contains("公布" + Truth.load("012").agency() + "2023年度政府信息公开年度报告。"));
        Report r = Xxgk.extract(untitled.getBytes(StandardCharsets.UTF_8), "untitled.txt");
        Truth truth = Truth.load("012");
        assertEquals(truth.agency(), r.agency());
        assertEquals(truth.year(), r.year());
        Finding id = only(r, "ID");
        assertEquals(Finding.Status.PASS, id.status(), id.message());
        assertTrue(id.message().contains("full name printed in the text, not a title"), id.message());
    }

    /** The report's full name printed with another year than the report's gives no agency. */
    @Test
    void aReportsNameInTheTextWithAnotherYearGivesNoAgency() throws Exception {
        String text = Files.readString(Truth.CORPUS.resolve("012").resolve("tabbed.txt"), StandardCharsets.UTF_8);
        String untitled = text.substring(text.indexOf('\n') + 1)
                .replace("发展和改革局2023年度政府信息公开", "发展和改革局2022年度政府信息公开");
        Report r = Xxgk.extract(untitled.getBytes(StandardCharsets.UTF_8), "untitled.txt");
        assertNull(r.agency());
        assertEquals(2023, r.year()); // the statistics period's
        Finding id = only(r, "ID");
        assertEquals(Finding.Status.FAIL, id.status());
        assertTrue(id.message().startsWith("no agency"), id.message());
    }

    /**
     * No title anywhere and no sentence publishing the report under its name: the agency is empty (never the compiler
     * of "本报告由淮安市洪泽区人民政府办公室…编制", never a notice cited after 根据《…关于编制公布…》) and check ID says so.
     */
    @ParameterizedTest
    @ValueSource(strings = {"009", "004"})
    void withoutATitleTheAgencyIsEmptyAndNamedMissing(String report) throws Exception {
        String text = Files.readString(Truth.CORPUS.resolve(report).resolve("tabbed.txt"), StandardCharsets.UTF_8);
        String untitled = text.substring(text.indexOf('\n') + 1);
        assertTrue(untitled.contains("由淮安市洪泽区人民政府办公室") || untitled.contains("关于编制公布2021年政府信息公开工作年度报告"));
        Report r = Xxgk.extract(untitled.getBytes(StandardCharsets.UTF_8), "untitled.txt");
        assertNull(r.agency());
        assertEquals(Truth.load(report).year(), r.year());
        Finding id = only(r, "ID");
        assertEquals(Finding.Status.FAIL, id.status());
        assertTrue(id.message().startsWith("no agency"), id.message());
    }

    /** The title's year against the statistics period: a conflict fails check ID, and the title's year stays as printed. */
    @Test
    void aYearThatDisagreesWithTheStatisticsPeriodIsNamed() throws Exception {
        String text = Files.readString(Truth.CORPUS.resolve("012").resolve("tabbed.txt"), StandardCharsets.UTF_8);
        String period = "统计时限为2023年1月1日至2023年12月31日";
        assertTrue(text.contains(period));
        String conflicting = text.replace(period, "统计时限为2022年1月1日至2022年12月31日");
        Report r = Xxgk.extract(conflicting.getBytes(StandardCharsets.UTF_8), "conflict.txt");
        assertEquals(2023, r.year());
        Finding id = only(r, "ID");
        assertEquals(Finding.Status.FAIL, id.status());
        assertTrue(id.message().contains("2023") && id.message().contains("2022"), id.message());
    }

    /** A report signed before its year was out, or years later, is named. */
    @Test
    void aSignatureDateThatDoesNotFollowTheYearIsNamed() throws Exception {
        String text = Files.readString(Truth.CORPUS.resolve("012").resolve("tabbed.txt"), StandardCharsets.UTF_8);
        Report signedNext = Xxgk.extract((text.strip() + "\n沭阳县发展和改革局\n2024年1月22日\n").getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(Finding.Status.PASS, only(signedNext, "ID").status(), only(signedNext, "ID").message());
        Report signedBefore = Xxgk.extract((text.strip() + "\n沭阳县发展和改革局\n2022年1月22日\n").getBytes(StandardCharsets.UTF_8), "b.txt");
        Finding id = only(signedBefore, "ID");
        assertEquals(Finding.Status.FAIL, id.status());
        assertTrue(id.message().contains("signed in 2022"), id.message());
    }

    private static Finding only(Report r, String check) {
        List<Finding> found = r.findings().stream().filter(f -> f.check().equals(check)).toList();
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }
}
