package io.github.xxgk.cli;

import io.github.xxgk.internal.batch.OutputNames;

import io.github.xxgk.Truth;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path tmp;

    private record Run(int code, String stderr) {
    }

    private Run run(String... args) {
        ExtractCommand cmd = new ExtractCommand();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cmd.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = cmd.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void goodInputsExitZeroAndWriteTheLongCsv() throws Exception {
        Path out = tmp.resolve("out.csv");
        Path seed = Truth.CORPUS.resolve("seed-gd-2023/seed.txt");
        Run run = run(seed.toString(), "-o", out.toString(), "--findings", tmp.resolve("f.csv").toString(),
                "--wide", tmp.resolve("wide").toString(), "--json", tmp.resolve("json").toString());
        assertEquals(0, run.code(), run.stderr());
        List<CSVRecord> rows = read(out);
        assertEquals(200, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals(seed.toString(), first.get("source"));
        assertEquals("广东省政务服务和数据管理局", first.get("agency"));
        assertEquals("2023", first.get("year"));
        assertEquals("2021", first.get("format"));
        assertEquals("t2.rules.issued", first.get("table") + "." + first.get("row") + "." + first.get("col"));
        assertEquals(List.of("source", "check", "status", "cells", "left", "right", "message"),
                read(tmp.resolve("f.csv")).get(0).getParser().getHeaderNames());
        String wide = Files.readString(tmp.resolve("wide").resolve(OutputNames.of(seed, ".t3.csv")));
        assertTrue(wide.contains("（一）予以公开,62,4,0,1,0,0,67"), wide);
        String json = Files.readString(tmp.resolve("json").resolve(OutputNames.of(seed, ".json")));
        assertTrue(json.contains("\"format\" : \"2021\""));
        // who published it, resolved: 广东省's own department (GB/T 2260 440000)
        com.fasterxml.jackson.databind.JsonNode identity = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                .get("identity");
        assertEquals("440000", identity.get("regionCode").asText());
        assertEquals("province", identity.get("level").asText());
        assertEquals("department", identity.get("kind").asText());
        assertEquals("广东省", identity.get("province").asText());
    }

    @Test
    void badInputsEachGetOneLineAndTheOthersAreStillWritten() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path binary = Files.write(tmp.resolve("junk.bin"), junk);
        Path noTables = Files.writeString(tmp.resolve("notes.txt"), "这是一份会议纪要，没有任何表格。\n第二行。\n");
        Path seed = Truth.CORPUS.resolve("seed-gd-2023/seed.txt");
        Path out = tmp.resolve("out.csv");
        Run run = run(empty.toString(), binary.toString(), seed.toString(), noTables.toString(), "-o", out.toString());
        assertEquals(1, run.code());
        List<String> lines = run.stderr().lines().toList();
        assertEquals(3, lines.size(), run.stderr());
        assertTrue(lines.get(0).startsWith(empty + ": empty file"), lines.get(0));
        assertTrue(lines.get(1).startsWith(binary + ": binary content"), lines.get(1));
        assertTrue(lines.get(2).startsWith(noTables + ": not a 政府信息公开工作年度报告"), lines.get(2));
        assertEquals(200, read(out).size());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("only-an-input.txt").code());
        assertEquals(2, Main.run("extract", "--no-such-option", "-o", tmp.resolve("x.csv").toString(), "x"));
    }

    @Test
    void bomOptionStartsTheCsvWithAUtf8Bom() throws Exception {
        Path out = tmp.resolve("bom.csv");
        run(Truth.CORPUS.resolve("009/tabbed.txt").toString(), "-o", out.toString(), "--bom");
        byte[] b = Files.readAllBytes(out);
        assertEquals(0xEF, b[0] & 0xff);
        assertEquals(0xBB, b[1] & 0xff);
        assertEquals(0xBF, b[2] & 0xff);
    }
}
