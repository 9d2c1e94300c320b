package io.github.xxgk.robust;

import io.github.xxgk.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI over a researcher's messy folder: the broken corpus and good reports side by side. Every file is
 * accounted for in the status CSV with a specific status and message, and the good files' cells are the same
 * as when they are extracted alone.
 */
class BrokenBatchTest {

    /** Good reports, one of each kind, copied under these names. */
    static final Map<String, String> GOOD = Map.of(
            "good-002.txt", "002/tabbed.txt",
            "good-004.html", "004/source.html",
            "good-005.docx", "005/source.docx",
            "good-009.pdf", "009/writer.pdf",
            "good-012-locked.pdf", "012/locked.pdf");

    @Test
    void everyFileIsAccountedForAndGoodCellsAreUnchanged(@TempDir Path tmp) throws Exception {
        Path goodDir = Files.createDirectories(tmp.resolve("good"));
        Path mixed = Files.createDirectories(tmp.resolve("mixed"));
        for (Map.Entry<String, String> e : GOOD.entrySet()) {
            byte[] b = Broken.fixture(e.getValue());
            Files.write(goodDir.resolve(e.getKey()), b);
            Files.write(mixed.resolve(e.getKey()), b);
        }
        Map<String, String> expected = writeBroken(mixed);

        Path goodOut = tmp.resolve("good.csv");
        Path goodStatus = tmp.resolve("good-status.csv");
        assertEquals(0, Main.run("extract", goodDir.toString(), "-o", goodOut.toString(), "--status", goodStatus.toString(),
                "--progress=none"));

        Path out = tmp.resolve("mixed.csv");
        Path status = tmp.resolve("mixed-status.csv");
        // the per-file limit only stops a hang (a file's status would say timeout, which fails below); it is far
        // above any file's time, so that the OCR'd scan ends ok on a loaded machine too: no verdict hangs on speed
        int exit = Main.run("extract", mixed.toString(), "-o", out.toString(), "--status", status.toString(),
                "--progress=none", "--timeout", "900", "--threads", "2");
        assertEquals(1, exit, "some inputs fail, so the exit code says so");

        // every file in the folder has exactly one status row
        Set<String> files = new TreeSet<>();
        try (var s = Files.list(mixed)) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        for (CSVRecord r : csv(status)) {
            String file = Path.of(r.get("source")).getFileName().toString();
            assertFalse(rows.containsKey(file), "two status rows for " + file);
            rows.put(file, r);
        }
        assertEquals(files, new TreeSet<>(rows.keySet()));

        for (Map.Entry<String, CSVRecord> e : rows.entrySet()) {
            String file = e.getKey();
            CSVRecord r = e.getValue();
            String st = r.get("status");
            String msg = r.get("message");
            if (GOOD.containsKey(file)) {
                assertEquals("ok", st, file + ": " + msg);
                continue;
            }
            assertFalse(!st.equals("ok") && msg.isBlank(), file + ": no message");
            assertFalse(msg.startsWith("unexpected error") || msg.startsWith("internal error"), file + ": " + msg);
            String want = expected.get(file);
            if (want != null) {
                String[] parts = want.split("\\|", 2);
                assertEquals(parts[0], st, file + ": " + msg);
                if (parts.length > 1) {
                    assertTrue(msg.contains(parts[1]), file + ": message \"" + msg + "\" lacks \"" + parts[1] + "\"");
                }
            } else {
                assertFalse(st.equals("timeout"), file + " hung: " + msg);
            }
        }

        // the good files' cells are the same as when they were extracted alone
        assertEquals(cellsByFile(goodOut), cellsByFile(out, GOOD.keySet()));
    }

    /** Writes the broken inputs; returns file name → expected "status|message part" (absent: any clean end). */
    static Map<String, String> writeBroken(Path dir) throws IOException {
        Map<String, String> expected = new HashMap<>();
        byte[] txt = Broken.fixture("004/tabbed.txt");
        byte[] html = Broken.fixture("004/source.html");
        byte[] docx = Broken.fixture("005/source.docx");
        byte[] pdf = Broken.fixture("009/writer.pdf");
        String[][] originals = {{"txt", "t"}, {"html", "h"}, {"docx", "d"}, {"pdf", "p"}};
        byte[][] bytes = {txt, html, docx, pdf};
        for (int k = 0; k < bytes.length; k++) {
            for (int at : Broken.truncationOffsets(bytes[k].length)) {
                Files.write(dir.resolve("trunc-" + originals[k][1] + "-" + at + "." + originals[k][0]), Broken.truncate(bytes[k], at));
            }
            for (long seed = 1; seed <= 3; seed++) {
                Files.write(dir.resolve("flip-" + originals[k][1] + "-" + seed + "." + originals[k][0]),
                        Broken.flipBits(bytes[k], seed * 31, (int) (seed * seed * 8)));
            }
        }
        put(dir, expected, "empty.pdf", new byte[0], "not-a-report|empty");
        put(dir, expected, "error-page.pdf", Broken.htmlErrorPage(), "not-a-report|error page");
        put(dir, expected, "packed.pdf", Broken.zipOf("report.pdf", pdf), "not-a-report|ZIP");
        put(dir, expected, "user-password.pdf", Broken.withUserPassword(pdf), "encrypted|password");
        put(dir, expected, "broken-xref.pdf", Broken.brokenXref(pdf), "ok");
        put(dir, expected, "2000-pages.pdf", Broken.manyPages(2_000), "error|2000 pages");
        // a scan is read by OCR; one too coarse to read (about 60 dpi) ends needs-ocr, saying what OCR found
        put(dir, expected, "scan.pdf", Broken.fixture("012/scan.pdf"), "ok");
        put(dir, expected, "coarse-scan.pdf", Files.readAllBytes(Path.of("fixtures/pdf/scan.pdf")), "needs-ocr|too coarse or too faint to read");
        put(dir, expected, "pre-2019.txt", Broken.pre2019Report().getBytes(StandardCharsets.UTF_8), "unsupported-format|pre-2019");
        put(dir, expected, "no-section-3.txt", Broken.withoutSection3(new String(Broken.fixture("012/tabbed.txt"),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), "ok");
        put(dir, expected, "gbk-no-meta.html", Broken.reencodeHtml(Broken.fixture("009/source.html"), Charset.forName("GBK"), null), "ok");
        put(dir, expected, "gbk-wrong-meta.html", Broken.reencodeHtml(Broken.fixture("009/source.html"), Charset.forName("GBK"),
                "iso-8859-1"), "ok");
        put(dir, expected, "zip-bomb.docx", Broken.docxBomb(docx, 100), "error|zip bomb");
        put(dir, expected, "deep.html", Broken.deepHtml(200_000), "error|nested");
        put(dir, expected, "nested-150.html", Broken.nestedHtml(html, 150), "ok");
        return expected;
    }

    private static void put(Path dir, Map<String, String> expected, String name, byte[] content, String want) throws IOException {
        Files.write(dir.resolve(name), content);
        expected.put(name, want);
    }

    static List<CSVRecord> csv(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return parser.getRecords();
        }
    }

    static Map<String, List<String>> cellsByFile(Path longCsv) throws IOException {
        return cellsByFile(longCsv, null);
    }

    /** File name → its cells as "table.row.col=value|unit|raw|page", from a long CSV. */
    static Map<String, List<String>> cellsByFile(Path longCsv, Set<String> only) throws IOException {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (CSVRecord r : csv(longCsv)) {
            String file = Path.of(r.get("source")).getFileName().toString();
            if (only != null && !only.contains(file)) {
                continue;
            }
            out.computeIfAbsent(file, f -> new ArrayList<>()).add(r.get("table") + "." + r.get("row") + "." + r.get("col") + "="
                    + r.get("value") + "|" + r.get("unit") + "|" + r.get("raw") + "|" + r.get("page"));
        }
        return out;
    }
}
