package io.github.xxgk.cli;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code extract … --review DIR} on a real batch (the samples, two years of one agency, a scan), its structure read
 * back with jsoup and checked against the batch's own CSVs, which other writers produce: the status CSV for the
 * counts and the list, the findings CSV for the failed checks, the long CSV for every value. The script's drawing
 * is checked in a real browser by .ci/review-page.
 */
class ReviewPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Document run(List<String> inputs) throws IOException {
        List<String> args = new ArrayList<>(inputs);
        args.addAll(List.of("-o", tmp.resolve("long.csv").toString(), "--findings", tmp.resolve("f.csv").toString(),
                "--status", tmp.resolve("s.csv").toString(), "--review", tmp.resolve("review").toString(), "--threads", "2",
                "--timeout", "0")); // no per-file limit: the scan's OCR must end ok however loaded the machine is
        BatchTestSupport.Run run = BatchTestSupport.extract(args);
        assertTrue(run.exit() <= 1, run.err());
        try (Stream<Path> files = Files.list(tmp.resolve("review"))) {
            assertEquals(List.of("index.html"), files.map(p -> p.getFileName().toString()).toList(),
                    "the page and nothing else: its temporary data file is gone");
        }
        return Jsoup.parse(tmp.resolve("review/index.html").toFile(), "UTF-8");
    }

    @Test
    void pageAgreesWithTheBatchsCsvsAndIsSelfContained() throws Exception {
        Document page = run(List.of("samples", "fixtures/corpus/004/tabbed.txt", "fixtures/corpus/005/tabbed.txt",
                "fixtures/pdf/scan.pdf"));
        List<CSVRecord> status = BatchTestSupport.csv(tmp.resolve("s.csv"));
        List<CSVRecord> findings = BatchTestSupport.csv(tmp.resolve("f.csv"));
        List<CSVRecord> cells = BatchTestSupport.csv(tmp.resolve("long.csv"));
        assertEquals(9, status.size());

        // self-contained: nothing fetched, CSS and script inline, every link local and pointing at a real file
        assertTrue(page.select("[src], link").isEmpty(), page.select("[src], link").toString());
        assertEquals(1, page.select("style").size());
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("#")) {
                assertFalse(href.contains("://"), href);
                Path target = tmp.resolve("review").resolve(URI.create(href).getPath()).normalize();
                assertTrue(Files.isRegularFile(target), href + " -> " + target);
            }
        }

        // counts by status, from the status CSV
        Map<String, Integer> byStatus = new TreeMap<>();
        status.forEach(r -> byStatus.merge(r.get("status"), 1, Integer::sum));
        Map<String, Integer> shownStatus = new TreeMap<>();
        for (Element tr : page.select("#by-status tbody tr")) {
            shownStatus.put(tr.attr("data-status"), Integer.parseInt(tr.child(1).text()));
        }
        assertEquals(byStatus, shownStatus);
        assertEquals(1, shownStatus.get("needs-ocr"));

        // counts by failed check, from the findings CSV: reports failing it, and its failed findings
        Map<String, Set<String>> reportsByCheck = new TreeMap<>();
        Map<String, Integer> findingsByCheck = new TreeMap<>();
        for (CSVRecord f : findings) {
            if (f.get("status").equals("fail")) {
                reportsByCheck.computeIfAbsent(f.get("check"), k -> new HashSet<>()).add(f.get("source"));
                findingsByCheck.merge(f.get("check"), 1, Integer::sum);
            }
        }
        assertTrue(findingsByCheck.get("T4-A") >= 2, "the hz sample breaks T4-A twice: " + findingsByCheck);
        Map<String, String> shownChecks = new TreeMap<>();
        for (Element tr : page.select("#by-check tbody tr")) {
            shownChecks.put(tr.attr("data-check"), tr.child(1).text() + "/" + tr.child(2).text());
        }
        Map<String, String> expectedChecks = new TreeMap<>();
        reportsByCheck.forEach((k, v) -> expectedChecks.put(k, v.size() + "/" + findingsByCheck.get(k)));
        assertEquals(expectedChecks, shownChecks);

        // the list: one row per input in input order, with the status CSV's values; sortable headers
        Elements rows = page.select("#reports tbody tr");
        assertEquals(status.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord s = status.get(i);
            Elements td = rows.get(i).select("td");
            assertEquals(s.get("source"), td.get(1).select("a").first().text());
            assertEquals(s.get("agency"), td.get(2).text());
            assertEquals(s.get("year"), td.get(3).text());
            assertEquals(s.get("format"), td.get(4).text());
            assertEquals(s.get("cells"), td.get(5).text());
            assertEquals(s.get("failed_findings"), td.get(6).text());
            assertEquals(s.get("status"), td.get(7).text());
        }
        assertEquals(8, page.select("#reports th[data-col]").size());

        // no grid drawn up front: the script draws a report's tables when it is opened
        assertTrue(page.select("table.grid").isEmpty());
        assertEquals(3, page.select("script").size());

        // the data: every value of the long CSV at its layout slot, every failed check with its cells
        Map<String, JsonNode> layouts = new HashMap<>();
        for (JsonNode l : JSON.readTree(page.getElementById("xxgk-layouts").data())) {
            layouts.put(l.get("id").asText(), l);
        }
        JsonNode data = JSON.readTree(page.getElementById("xxgk-data").data());
        assertEquals(status.size(), data.size());
        for (int i = 0; i < status.size(); i++) {
            JsonNode d = data.get(i);
            CSVRecord s = status.get(i);
            assertEquals(s.get("source"), d.get("s").asText());
            if (!s.get("status").equals("ok")) {
                assertEquals(s.get("status"), d.get("st").asText());
                continue;
            }
            JsonNode layout = layouts.get(d.get("L").asText());
            assertNotNull(layout, d.get("L").asText());
            List<String> keys = new ArrayList<>();
            layout.get("keys").forEach(k -> keys.add(k.asText()));
            int found = 0;
            for (CSVRecord c : cells) {
                if (!c.get("source").equals(s.get("source"))) {
                    continue;
                }
                found++;
                String key = c.get("table") + "." + c.get("row") + "." + c.get("col");
                String expected = c.get("value").isEmpty() ? c.get("raw") : c.get("value");
                int slot = keys.indexOf(key);
                assertTrue(slot >= 0 || d.has("x"), key);
                if (slot >= 0) {
                    assertEquals(expected, d.get("v").get(slot).asText(), s.get("source") + " " + key);
                }
                if (c.get("table").equals("t3") && !c.get("page").isEmpty() && d.get("P").get("t3").asInt() == 0) {
                    throw new AssertionError("no page for t3 of " + s.get("source"));
                }
            }
            assertEquals(Integer.parseInt(s.get("cells")), found);
            List<String> expectedFailed = new ArrayList<>();
            for (CSVRecord f : findings) {
                if (f.get("source").equals(s.get("source")) && f.get("status").equals("fail")) {
                    expectedFailed.add(f.get("check") + "|" + f.get("message") + "|" + f.get("cells"));
                }
            }
            List<String> shownFailed = new ArrayList<>();
            for (JsonNode f : d.get("F")) {
                List<String> fc = new ArrayList<>();
                f.get(2).forEach(k -> fc.add(k.asText()));
                shownFailed.add(f.get(0).asText() + "|" + f.get(1).asText() + "|" + String.join(" ", fc));
            }
            assertEquals(expectedFailed, shownFailed, s.get("source"));
        }
        // the PDF sample's tables link to their pages
        JsonNode pdf = data.get(status.stream().map(r -> r.get("source")).toList().indexOf("samples/pt-2021-writer.pdf"));
        assertEquals("pdf", pdf.get("k").asText());
        assertTrue(pdf.get("P").get("t2").asInt() >= 1);
    }

    @Test
    void namesThatLookLikeMarkupStayText() throws Exception {
        Path odd = tmp.resolve("in").resolve("a<script>alert(1)<!--b&c.txt");
        Files.createDirectories(odd.getParent());
        Files.copy(Path.of("samples/gd-2023-seed.txt"), odd);
        Document page = run(List.of(odd.toString()));
        assertEquals(3, page.select("script").size(), "no script element came from the name");
        assertEquals(odd.toString(), page.select("#reports tbody tr td a").first().text());
        JsonNode data = JSON.readTree(page.getElementById("xxgk-data").data());
        assertEquals(odd.toString(), data.get(0).get("s").asText());
        String raw = Files.readString(tmp.resolve("review/index.html"), StandardCharsets.UTF_8);
        assertFalse(raw.contains("a<script>"), "escaped in the HTML and in the JSON");
    }
}
