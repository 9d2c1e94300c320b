package io.github.xxgk.spark;

import io.github.xxgk.internal.batch.Crashes;
import io.github.xxgk.internal.batch.FileExtraction;
import io.github.xxgk.cli.ExtractCommand;
import io.github.xxgk.internal.output.StatusCsv;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.github.xxgk.spark.ExtractJobTest.asSet;
import static io.github.xxgk.spark.ExtractJobTest.csv;
import static io.github.xxgk.spark.ExtractJobTest.csvParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job with an input that kills the process reading it: a job in local mode in a child JVM halts
 * ({@link HaltAtFileJob}) at the same input twice, and a third run completes, with that input's status row
 * {@code crashed} and every other table row as the CLI gives for the other inputs.
 */
class CrashedInputJobTest {

    private static final Path CORPUS = Path.of("fixtures", "corpus");
    private static final String KILLER = "killer.txt";

    @Test
    void haltedTwiceOnOneInputThenCrashedAndTheRestAsTheCli(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String id : List.of("002", "004", "005", "009", "012")) {
            Files.copy(CORPUS.resolve(id).resolve("tabbed.txt"), in.resolve(id + ".txt"));
        }
        // a report of its own content: no other input shares its hash
        Files.writeString(in.resolve(KILLER), Files.readString(CORPUS.resolve("009/tabbed.txt")) + "\n\n\n");
        String sha = FileExtraction.sha256(Files.readAllBytes(in.resolve(KILLER)));
        String dir = in.toAbsolutePath().toString();
        Path sparkOut = tmp.resolve("spark");
        String out = sparkOut.toUri().toString();
        // the marks are kept beside the output (its default journal folder), never inside it
        Path marks = tmp.resolve(".spark.journal").resolve(HadoopMarks.DIR);

        for (int death = 1; death <= 2; death++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), HaltAtFileJob.class.getName(), KILLER,
                    dir, "--out", out, "--checkpoint-every", "1"));
            Path log = tmp.resolve("job" + death + ".log");
            Process job = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // only a broken job takes this long: the bound ends the test instead of hanging the build
            assertTrue(job.waitFor(10, TimeUnit.MINUTES), "the job did not end");
            assertEquals(134, job.exitValue(), "the job halted at the killer: " + tail(log));
            assertEquals(death, marks(marks, sha), "each halted job leaves its mark on the killer");
        }

        SparkSession spark = SparkSession.builder().master("local[2]").appName("xxgk-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.codegen.wholeStage", "false").config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                .getOrCreate();
        ExtractJob.Summary third;
        try {
            third = ExtractJob.run(spark, JobOptions.parse(dir, "--out", out, "--csv"));
        } finally {
            spark.stop();
        }
        assertEquals(6, third.files());
        assertEquals(1, third.failed());
        try (Stream<Path> tables = Files.list(sparkOut)) {
            assertEquals(List.of("findings", "long", "panel", "sections", "status"),
                    tables.map(p -> p.getFileName().toString()).sorted().toList(), "two halted runs left nothing in the output");
        }

        Path cli = Files.createDirectories(tmp.resolve("cli"));
        List<String> args = new ArrayList<>();
        try (Stream<Path> s = Files.list(in)) {
            s.filter(p -> !p.getFileName().toString().equals(KILLER)).sorted().forEach(p -> args.add(p.toString()));
        }
        args.addAll(List.of("-o", cli.resolve("long.csv").toString(), "--findings", cli.resolve("findings.csv").toString(),
                "--status", cli.resolve("status.csv").toString(), "--panel", cli.resolve("panel.csv").toString(),
                "--sections", cli.resolve("sections.csv").toString(), "--progress=none"));
        assertEquals(0, new ExtractCommand().commandLine().execute(args.toArray(String[]::new)));
        for (OutputTable t : List.of(OutputTable.LONG, OutputTable.FINDINGS, OutputTable.PANEL, OutputTable.SECTIONS)) {
            assertEquals(asSet(csv(cli.resolve(t.dirName() + ".csv")), -1), asSet(csvParts(sparkOut, t), -1), t.dirName());
        }
        int times = List.of(StatusCsv.HEADER).indexOf("milliseconds");
        List<CSVRecord> status = csvParts(sparkOut, OutputTable.STATUS);
        CSVRecord killer = status.stream().filter(r -> r.get("source").endsWith(KILLER)).findFirst().orElseThrow();
        assertEquals("crashed", killer.get("status"));
        assertEquals(Crashes.MESSAGE, killer.get("message"));
        assertEquals(sha, killer.get("sha256"));
        assertEquals(Long.toString(Files.size(in.resolve(KILLER))), killer.get("bytes"));
        Map<List<String>, Integer> others = asSet(status.stream().filter(r -> r != killer).toList(), times);
        assertEquals(asSet(csv(cli.resolve("status.csv")), times), others);
        assertNotEquals(0, csv(cli.resolve("long.csv")).size());
    }

    private static int marks(Path dir, String sha) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(p -> p.getFileName().toString().startsWith(sha + ".")).count();
        }
    }

    private static String tail(Path log) throws Exception {
        String s = Files.readString(log);
        return s.substring(Math.max(0, s.length() - 3000));
    }
}
