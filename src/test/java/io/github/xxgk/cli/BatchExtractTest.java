package io.github.xxgk.cli;

import io.github.xxgk.internal.batch.Journal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xxgk.StuckReader;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.internal.source.model.ReportSource;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.github.xxgk.cli.BatchTestSupport.CORPUS;
import static io.github.xxgk.cli.BatchTestSupport.csv;
import static io.github.xxgk.cli.BatchTestSupport.extract;
import static io.github.xxgk.cli.BatchTestSupport.statusWithoutTimes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchExtractTest {

    private static List<String> outputs(Path dir, String... more) {
        List<String> a = new ArrayList<>(List.of("-o", dir.resolve("out.csv").toString(),
                "--findings", dir.resolve("f.csv").toString(), "--status", dir.resolve("s.csv").toString(),
                "--panel", dir.resolve("p.csv").toString()));
        a.addAll(List.of(more));
        return a;
    }

    private static List<String> args(List<String> inputs, Path dir, String... more) {
        List<String> a = new ArrayList<>(inputs);
        a.addAll(outputs(dir, more));
        return a;
    }

    @Test
    void sameInputsGiveByteIdenticalFilesWithOneAndFourThreads(@TempDir Path tmp) throws IOException {
        List<String> in = List.of(CORPUS.toString());
        for (String t : List.of("1", "4")) {
            // OCR off: reading the corpus's ten scans twice would take minutes on CI's two cores (the scans'
            // cells are checked against truth by ScanCorpusTest)
            BatchTestSupport.Run r = extract(args(in, tmp.resolve("t" + t), "--threads", t, "--ocr", "never"));
            assertEquals(1, r.exit(), "the corpus holds notes.txt files, which are not reports: " + r.err());
        }
        for (String name : List.of("out.csv", "f.csv", "p.csv")) {
            byte[] one = Files.readAllBytes(tmp.resolve("t1").resolve(name));
            assertTrue(one.length > 1000, name);
            assertArrayEquals(one, Files.readAllBytes(tmp.resolve("t4").resolve(name)), name + " 1 vs 4 threads");
        }
        String status = statusWithoutTimes(tmp.resolve("t1/s.csv"));
        assertEquals(status, statusWithoutTimes(tmp.resolve("t4/s.csv")));
        // input order: the status CSV lists the files as the folder expands, sorted
        List<String> sources = csv(tmp.resolve("t4/s.csv")).stream().map(x -> x.get("source")).toList();
        assertEquals(sources.stream().sorted().toList(), sources);
        assertTrue(sources.contains(CORPUS.resolve("009").resolve("tabbed.txt").toString()));
    }

    /**
     * The corpus check above runs with OCR off (ten scans twice would take minutes on CI); this one covers OCR's
     * share of that promise on three small inputs: each thread owns its own Tesseract engine, and the engines
     * must read the same pixels the same way whichever thread a file lands on.
     */
    @Test
    void ocrInputsGiveByteIdenticalFilesWithOneAndTwoThreads(@TempDir Path tmp) throws IOException {
        Path fixtures = Path.of("fixtures");
        List<String> in = Stream.of(fixtures.resolve("pdf/scan.pdf"), fixtures.resolve("ocr/009-chrome-page1.png"),
                fixtures.resolve("ocr/009-chrome-150dpi.tif")).map(Path::toString).toList();
        for (String t : List.of("1", "2")) {
            BatchTestSupport.Run r = extract(args(in, tmp.resolve("t" + t), "--threads", t, "--ocr", "auto"));
            assertTrue(r.exit() <= 1, r.err());
        }
        for (String name : List.of("out.csv", "f.csv", "p.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("t1").resolve(name)),
                    Files.readAllBytes(tmp.resolve("t2").resolve(name)), name + " 1 vs 2 threads");
        }
        assertEquals(statusWithoutTimes(tmp.resolve("t1/s.csv")), statusWithoutTimes(tmp.resolve("t2/s.csv")));
        // and OCR did read them: every input says how many pages it OCR'd, and the picture files gave cells
        Map<String, String> ocrPages = new HashMap<>();
        for (CSVRecord row : csv(tmp.resolve("t2/s.csv"))) {
            ocrPages.put(Path.of(row.get("source")).getFileName().toString(), row.get("ocr_pages"));
        }
        assertEquals("1", ocrPages.get("009-chrome-page1.png"), ocrPages.toString());
        assertEquals("3", ocrPages.get("009-chrome-150dpi.tif"), ocrPages.toString());
        long tiffCells = csv(tmp.resolve("t2/out.csv")).stream()
                .filter(x -> x.get("source").endsWith("009-chrome-150dpi.tif")).count();
        assertTrue(tiffCells > 100, "cells read from the TIFF: " + tiffCells);
    }

    @Test
    void statusCsvSaysWhatEachInputGave(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] junkBytes = new byte[4096];
        new Random(5).nextBytes(junkBytes);
        Path junk = Files.write(in.resolve("junk.bin"), junkBytes);
        Path prose = Files.writeString(in.resolve("prose.txt"), "今天天气很好，我们去公园散步，看到很多人在跳舞。\n没有任何表格。\n");
        Path titled = Files.writeString(in.resolve("titled.txt"),
                "某某县民政局2022年政府信息公开工作年度报告\n一、总体情况\n本年度我局认真贯彻落实《条例》。\n");
        Path good = CORPUS.resolve("002").resolve("tabbed.txt");
        List<String> inputs = Stream.of(good, empty, junk, prose, titled).map(Path::toString).toList();

        BatchTestSupport.Run r = extract(args(inputs, tmp.resolve("out")));

        assertEquals(1, r.exit());
        List<CSVRecord> rows = csv(tmp.resolve("out/s.csv"));
        assertEquals(inputs, rows.stream().map(x -> x.get("source")).toList());
        Map<String, CSVRecord> by = new HashMap<>();
        rows.forEach(x -> by.put(x.get("source"), x));

        CSVRecord ok = by.get(good.toString());
        byte[] goodBytes = Files.readAllBytes(good);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(goodBytes)), ok.get("sha256"));
        assertEquals(Long.toString(goodBytes.length), ok.get("bytes"));
        assertEquals("ok", ok.get("status"));
        assertEquals("text", ok.get("kind"));
        JsonNode truth = BatchTestSupport.truth("002");
        assertEquals("平潭综合实验区", ok.get("agency"));
        assertEquals(truth.get("year").asText(), ok.get("year"));
        assertEquals("2019", ok.get("format"));
        assertEquals(Integer.toString(truth.get("cells").size()), ok.get("cells"));
        assertEquals("0", ok.get("failed_findings"));
        assertEquals("", ok.get("pages"), "text has no pages");
        assertFalse(ok.get("milliseconds").isEmpty());

        assertEquals("not-a-report", by.get(empty.toString()).get("status"));
        assertEquals("0", by.get(empty.toString()).get("bytes"));
        assertEquals("empty", by.get(empty.toString()).get("kind"));
        assertTrue(by.get(empty.toString()).get("message").contains("empty"), by.get(empty.toString()).get("message"));
        assertEquals("not-a-report", by.get(junk.toString()).get("status"));
        assertEquals("binary", by.get(junk.toString()).get("kind"));
        assertEquals("not-a-report", by.get(prose.toString()).get("status"));
        assertEquals("no-tables", by.get(titled.toString()).get("status"));
        for (CSVRecord bad : List.of(by.get(empty.toString()), by.get(junk.toString()), by.get(prose.toString()), by.get(titled.toString()))) {
            assertEquals("", bad.get("cells"));
            assertEquals(64, bad.get("sha256").length());
            // one stderr line per failed input: "path: reason"
            assertTrue(r.err().contains(bad.get("source") + ": " + bad.get("message") + System.lineSeparator()), r.err());
        }
        assertEquals(4, r.err().lines().count(), r.err());
        // the long CSV holds the good report's cells only
        assertEquals(truth.get("cells").size(), csv(tmp.resolve("out/out.csv")).size());
        assertEquals(1, csv(tmp.resolve("out/p.csv")).size());
    }

    @Test
    void everyInputGaveTablesExitsZero(@TempDir Path tmp) {
        BatchTestSupport.Run r = extract(args(List.of(CORPUS.resolve("004/tabbed.txt").toString()), tmp));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void badThreadCountIsAUsageError(@TempDir Path tmp) {
        assertEquals(2, extract(args(List.of(CORPUS.resolve("004/tabbed.txt").toString()), tmp, "--threads", "0")).exit());
    }

    @Test
    void rerunSkipsFilesAlreadyDoneUnlessForced(@TempDir Path tmp) throws IOException {
        String a = CORPUS.resolve("002/tabbed.txt").toString();
        String b = CORPUS.resolve("004/tabbed.txt").toString();
        String c = CORPUS.resolve("005/tabbed.txt").toString();
        Path out = tmp.resolve("out");
        BatchTestSupport.Run first = extract(args(List.of(a, b), out));
        assertEquals(0, first.exit(), first.err());
        assertEquals(0, first.command().lastRun.resumed());
        Path journal = Journal.dirFor(out.resolve("out.csv"));
        Map<Path, FileTime> entries = times(journal);
        assertEquals(2, entries.size());

        BatchTestSupport.Run second = extract(args(List.of(a, b, c), out));
        assertEquals(0, second.exit(), second.err());
        assertEquals(2, second.command().lastRun.resumed(), "a and b were done by the first run");
        assertEquals(3, second.command().lastRun.files());
        for (var e : entries.entrySet()) {
            assertEquals(e.getValue(), Files.getLastModifiedTime(e.getKey()), "entry rewritten: " + e.getKey());
        }
        // the resumed outputs are those of a run that did everything at once
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, extract(args(List.of(a, b, c), fresh)).exit());
        for (String name : List.of("out.csv", "f.csv", "p.csv")) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
        assertEquals(statusWithoutTimes(fresh.resolve("s.csv")), statusWithoutTimes(out.resolve("s.csv")));

        BatchTestSupport.Run forced = extract(args(List.of(a, b, c), out, "--force"));
        assertEquals(0, forced.command().lastRun.resumed());
        assertArrayEquals(Files.readAllBytes(fresh.resolve("out.csv")), Files.readAllBytes(out.resolve("out.csv")));
        // no temporary file is left beside the outputs or in the journal
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aCopyOfAnotherInputIsExtractedOnceButListedUnderItsOwnName(@TempDir Path tmp) throws IOException {
        Path a = Files.copy(CORPUS.resolve("004/tabbed.txt"), tmp.resolve("a.txt"));
        Path b = Files.copy(CORPUS.resolve("004/tabbed.txt"), tmp.resolve("b.txt"));
        BatchTestSupport.Run r = extract(args(List.of(a.toString(), b.toString()), tmp.resolve("out"), "--threads", "1"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.command().lastRun.duplicates());
        assertEquals(0, r.command().lastRun.resumed());
        List<CSVRecord> rows = csv(tmp.resolve("out/out.csv"));
        long ofA = rows.stream().filter(x -> x.get("source").equals(a.toString())).count();
        long ofB = rows.stream().filter(x -> x.get("source").equals(b.toString())).count();
        assertEquals(BatchTestSupport.truth("004").get("cells").size(), ofA);
        assertEquals(ofA, ofB);
        assertEquals(ofA + ofB, rows.size());
    }

    @Test
    void aFileOverTheTimeLimitGetsStatusTimeoutAndIsTriedAgainNextRun(@TempDir Path tmp) throws Exception {
        String a = CORPUS.resolve("002/tabbed.txt").toString();
        String b = CORPUS.resolve("009/tabbed.txt").toString();
        Path out = tmp.resolve("out");
        // both reads are stuck until interrupted, so both files are over the limit however fast the machine is;
        // with one thread, b is read only because a's slot was given back when a ran out of time
        StuckReader stuck = new StuckReader();
        BatchTestSupport.Run r = extract(args(List.of(a, b), out, "--timeout", "0.05", "--threads", "1"), stuck);
        assertEquals(1, r.exit());
        List<CSVRecord> status = csv(out.resolve("s.csv"));
        assertEquals(List.of("timeout", "timeout"), status.stream().map(x -> x.get("status")).toList());
        for (CSVRecord row : status) {
            assertEquals("took longer than 0.05 s; abandoned", row.get("message"));
            assertTrue(r.err().contains(row.get("source") + ": " + row.get("message") + System.lineSeparator()), r.err());
        }
        assertEquals(0, csv(out.resolve("out.csv")).size());
        stuck.awaitAllEnded(); // each stuck read was interrupted, not left running

        BatchTestSupport.Run again = extract(args(List.of(a, b), out));
        assertEquals(0, again.exit(), again.err());
        assertEquals(0, again.command().lastRun.resumed(), "a timeout is not a result to keep");
        assertEquals(List.of("ok", "ok"), csv(out.resolve("s.csv")).stream().map(x -> x.get("status")).toList());
    }

    @Test
    void eachFileIsReadUnderItsDeadline(@TempDir Path tmp) throws Exception {
        // the batch sets the file's deadline on its worker, so a reader checking its checkpoints stops by itself
        // at the limit (the readers' side of that is GuardTest's); the limit is long, the reader returns at once
        AtomicLong seen = new AtomicLong();
        ReportSource recorder = (content, name) -> {
            seen.set(Checkpoint.deadlineOrMax());
            throw new XxgkException(XxgkException.Reason.NOT_A_REPORT, name, "only here to see the deadline");
        };
        String a = CORPUS.resolve("002/tabbed.txt").toString();
        long t0 = System.nanoTime();
        BatchTestSupport.Run r = extract(args(List.of(a), tmp.resolve("out"), "--timeout", "600"), recorder);
        long t1 = System.nanoTime();
        assertEquals(1, r.exit());
        assertEquals("not-a-report", csv(tmp.resolve("out/s.csv")).get(0).get("status"));
        long limit = 600_000_000_000L;
        assertTrue(seen.get() - (t0 + limit) >= 0 && (t1 + limit) - seen.get() >= 0,
                "the deadline is " + (seen.get() - t0) / 1_000_000 + " ms after the run began");

        extract(args(List.of(a), tmp.resolve("none"), "--timeout", "0"), recorder);
        assertEquals(Long.MAX_VALUE, seen.get(), "--timeout 0: no deadline");
    }

    private static Map<Path, FileTime> times(Path dir) throws IOException {
        Map<Path, FileTime> m = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p, Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    @Test
    void panelHasOneColumnPerCellOfEitherFormat(@TempDir Path tmp) throws IOException {
        String y2019 = CORPUS.resolve("002/tabbed.txt").toString();
        String y2021 = CORPUS.resolve("009/tabbed.txt").toString();
        assertEquals(0, extract(args(List.of(y2019, y2021), tmp)).exit());
        List<String> header = BatchTestSupport.header(tmp.resolve("p.csv"));
        List<String> leading = List.of("source", "report_key", "agency_name", "agency_kind", "level", "region_code",
                "province", "prefecture", "county", "year", "format");
        assertEquals(leading, header.subList(0, leading.size()));
        for (String col : List.of("t2.rules.issued", "t2.rules.newly_made", "t2.centralized_procurement.procurement_amount",
                "t2.administrative_fees.amount", "t3.granted.total", "t3.other.total", "t3.other_no_correction.natural_person",
                "t3.other_other.total", "t4.litigation_after_review.pending")) {
            assertTrue(header.contains(col), col);
        }
        assertEquals(header.size(), header.stream().distinct().count(), "no column twice");
        assertTrue(header.indexOf("t3.other_other.total") < header.indexOf("t3.other.natural_person"), "2021 sub-rows, then the 2019 row");
        assertTrue(header.indexOf("t3.other.total") < header.indexOf("t3.total_processed.natural_person"));

        List<CSVRecord> rows = csv(tmp.resolve("p.csv"));
        assertEquals(2, rows.size());
        for (int i = 0; i < 2; i++) {
            CSVRecord row = rows.get(i);
            JsonNode truth = BatchTestSupport.truth(i == 0 ? "002" : "009");
            assertEquals(truth.get("format").asText(), row.get("format"));
            assertEquals(truth.get("year").asText(), row.get("year"));
            // 002 is the 平潭 zone as a whole, on 平潭县's code; 009 the government of 淮安市洪泽区 (GB/T 2260)
            assertEquals(i == 0 ? "350128" : "320813", row.get("region_code"));
            assertEquals(i == 0 ? "zone" : "government", row.get("agency_kind"));
            assertEquals("county", row.get("level"));
            assertEquals(i == 0 ? "福州市" : "淮安市", row.get("prefecture"));
            Map<String, String> expected = new HashMap<>();
            for (JsonNode c : truth.get("cells")) {
                expected.put(c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText(),
                        c.get("value").isNull() ? "" : c.get("value").asText());
            }
            for (String col : header.subList(leading.size(), header.size())) {
                String want = expected.getOrDefault(col, "");
                String got = row.get(col);
                if (want.isEmpty()) {
                    assertEquals("", got, row.get("source") + " " + col);
                } else {
                    assertEquals(0, new BigDecimal(want).compareTo(new BigDecimal(got)), row.get("source") + " " + col);
                }
            }
        }
        // 2019: （六） as one row; 2021 t2 columns empty
        assertFalse(rows.get(0).get("t3.other.total").isEmpty());
        assertEquals("", rows.get(0).get("t2.rules.issued"));
        assertEquals("", rows.get(0).get("t3.other_no_correction.total"));
        // 009 is a 2021 report that still prints the single （六） row: kept as "other", the sub-rows empty
        assertEquals("2021", rows.get(1).get("format"));
        assertFalse(rows.get(1).get("t3.other.total").isEmpty());
        assertEquals("", rows.get(1).get("t3.other_other.total"));
        assertFalse(rows.get(1).get("t2.rules.issued").isEmpty());
        assertEquals("", rows.get(1).get("t2.rules.newly_made"));
    }

    @Test
    void consecutiveYearsOfOneAgencyAreCheckedAgainstEachOther(@TempDir Path tmp) throws IOException {
        // one real report (004, 平潭综合实验区 2021) published again under the title of 2022
        String text = Files.readString(CORPUS.resolve("004/tabbed.txt"), StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        String title = text.substring(0, eol);
        assertTrue(title.contains("2021年"), title);
        Path y2021 = Files.writeString(tmp.resolve("a-2021.txt"), text);
        // the copy as 2022 states the period of 2022 too, so that only the cross-year checks can tell it from a real one
        String period = "统计期限自2021年1月1日起至2021年12月31日止";
        assertTrue(text.contains(period));
        Path y2022 = Files.writeString(tmp.resolve("b-2022.txt"), title.replace("2021年", "2022年")
                + text.substring(eol).replace(period, period.replace("2021", "2022")));
        Path y2019 = CORPUS.resolve("002/tabbed.txt"); // same agency, not consecutive: no check
        assertEquals(0, extract(args(List.of(y2019.toString(), y2021.toString(), y2022.toString()), tmp.resolve("out"))).exit());

        Map<String, BigDecimal> truth = new HashMap<>();
        for (JsonNode c : BatchTestSupport.truth("004").get("cells")) {
            truth.put(c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText(),
                    c.get("value").isNull() ? null : c.get("value").decimalValue());
        }
        List<CSVRecord> cross = csv(tmp.resolve("out/f.csv")).stream().filter(r -> r.get("check").startsWith("X-")).toList();
        assertEquals(7 + 2, cross.size(), "X-1 per t3 column, X-2 for rules and normative_documents");
        for (CSVRecord r : cross) {
            assertEquals(y2022.toString(), r.get("source"), "a finding belongs to the later report");
            assertTrue(r.get("message").contains(y2021.toString()) && r.get("message").contains(y2022.toString()), r.get("message"));
        }
        CSVRecord total = cross.stream().filter(r -> r.get("cells").equals("t3.carried_over.total@2022 t3.carried_forward.total@2021"))
                .findFirst().orElseThrow();
        BigDecimal over = truth.get("t3.carried_over.total");
        BigDecimal forward = truth.get("t3.carried_forward.total");
        assertEquals(0, over.compareTo(new BigDecimal(total.get("left"))));
        assertEquals(0, forward.compareTo(new BigDecimal(total.get("right"))));
        assertEquals(over.compareTo(forward) == 0 ? "pass" : "fail", total.get("status"));
        assertEquals("fail", total.get("status"), "004 carries 1 forward but 0 over, so the copy as 2022 must break X-1");

        CSVRecord norm = cross.stream().filter(r -> r.get("check").equals("X-2") && r.get("cells").startsWith("t2.normative_documents"))
                .findFirst().orElseThrow();
        BigDecimal inForce = truth.get("t2.normative_documents.in_force");
        BigDecimal expectedRight = inForce.add(truth.get("t2.normative_documents.issued")).subtract(truth.get("t2.normative_documents.repealed"));
        assertEquals(0, inForce.compareTo(new BigDecimal(norm.get("left"))));
        assertEquals(0, expectedRight.compareTo(new BigDecimal(norm.get("right"))));
        assertEquals("fail", norm.get("status"));
        assertEquals("t2.normative_documents.in_force@2022 t2.normative_documents.in_force@2021 t2.normative_documents.issued@2022 "
                + "t2.normative_documents.repealed@2022", norm.get("cells"));

        // the status CSV counts the failed cross-year checks of the later report; values are never changed
        Map<String, CSVRecord> status = new HashMap<>();
        csv(tmp.resolve("out/s.csv")).forEach(r -> status.put(r.get("source"), r));
        long failedCross = cross.stream().filter(r -> r.get("status").equals("fail")).count();
        assertEquals(Long.parseLong(status.get(y2021.toString()).get("failed_findings")) + failedCross,
                Long.parseLong(status.get(y2022.toString()).get("failed_findings")));
        List<CSVRecord> longRows = csv(tmp.resolve("out/out.csv"));
        for (CSVRecord r : longRows) {
            if (r.get("source").equals(y2022.toString()) && r.get("row").equals("carried_over") && r.get("col").equals("total")) {
                assertEquals(0, over.compareTo(new BigDecimal(r.get("value"))));
            }
        }
    }
}
