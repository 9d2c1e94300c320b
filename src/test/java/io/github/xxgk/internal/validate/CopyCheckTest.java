package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Copies of one real report (corpus 002, 平潭 2019): its web page and its text agree on every cell; a copy of the
 * text with one number changed (t3 予以公开, total 7 → 8) is named by X-SOURCE at that cell, with both files.
 */
class CopyCheckTest {

    private static final Path REPORT = Path.of("fixtures", "corpus", "002");

    @Test
    void copiesOfOneReportShareAKeyAndAgree() throws Exception {
        Report html = Xxgk.extract(REPORT.resolve("source.html"));
        Report text = Xxgk.extract(REPORT.resolve("tabbed.txt"));
        assertEquals(html.identity().reportKey(), text.identity().reportKey());
        List<CrossYearCheck.Result> found = CopyCheck.check(List.of(new CopyCheck.Copy(0, html), new CopyCheck.Copy(1, text)));
        assertEquals(1, found.size(), found::toString);
        assertEquals(Finding.Status.PASS, found.get(0).finding().status(), found::toString);
        assertEquals(1, found.get(0).order());
    }

    @Test
    void aCellTheCopiesDisagreeOnIsNamedWithBothFiles() throws Exception {
        Report text = Xxgk.extract(REPORT.resolve("tabbed.txt"));
        String printed = Files.readString(REPORT.resolve("tabbed.txt"), StandardCharsets.UTF_8);
        String granted = "（一）予以公开\t\t7\t0\t0\t0\t0\t0\t7\t";
        assertTrue(printed.contains(granted), "the fixture's 予以公开 row");
        byte[] changed = printed.replace(granted, "（一）予以公开\t\t7\t0\t0\t0\t0\t0\t8\t").getBytes(StandardCharsets.UTF_8);
        Report copy = Xxgk.extract(changed, "copy/tabbed.txt");
        assertEquals(text.identity().reportKey(), copy.identity().reportKey());

        List<CrossYearCheck.Result> found = CopyCheck.check(List.of(new CopyCheck.Copy(3, text), new CopyCheck.Copy(7, copy)));
        assertEquals(1, found.size(), found::toString);
        CrossYearCheck.Result x = found.get(0);
        assertEquals(Finding.Status.FAIL, x.finding().status());
        assertEquals("X-SOURCE", x.finding().check());
        assertEquals("t3.granted.total", x.cells());
        assertEquals(7, x.order(), "filed under the later copy");
        assertEquals("copy/tabbed.txt", x.source());
        assertTrue(x.finding().message().contains(text.source()) && x.finding().message().contains("copy/tabbed.txt"),
                x.finding().message());
        assertEquals(0, x.finding().left().compareTo(java.math.BigDecimal.valueOf(8)));
        assertEquals(0, x.finding().right().compareTo(java.math.BigDecimal.valueOf(7)));
    }
}
