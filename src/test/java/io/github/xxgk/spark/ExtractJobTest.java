package io.github.xxgk.spark;

import io.github.xxgk.cli.ExtractCommand;
import io.github.xxgk.internal.output.FindingsCsv;
import io.github.xxgk.internal.output.LongCsv;
import io.github.xxgk.internal.output.PanelCsv;
import io.github.xxgk.internal.output.SectionsCsv;
import io.github.xxgk.internal.output.StatusCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local[2] against the CLI over the same inputs (reports of the corpus in several forms, a copy
 * of one under another name, a cut-off PDF, a file that is not a report by its name): every table holds the same
 * rows as the CLI's CSV, cell for cell. First as Parquet (typed), then again as CSV into the same output, which
 * must reuse every journaled outcome instead of extracting again.
 */
class ExtractJobTest {

    private static final Path CORPUS = Path.of("fixtures", "corpus");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("xxgk-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                // a few rows: compiling code for each query costs more than it saves
                .config("spark.sql.codegen.wholeStage", "false").config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sameRowsAsTheCliThenResumedFromTheJournal(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // one agency (平潭) in 2019, 2021 and 2022: between 2021 and 2022
        copy("002/source.html", in.resolve("pt/2019.html"));
        copy("004/tabbed.txt", in.resolve("pt/2021.txt"));
        copy("005/writer.pdf", in.resolve("pt/2022.pdf"));
        copy("009/source.docx", in.resolve("ha/2023.docx"));
        copy("012/source.html", in.resolve("sy/2023.html"));
        copy("004/tabbed.txt", in.resolve("copy/same-content.txt"));
        byte[] pdf = Files.readAllBytes(CORPUS.resolve("009/chrome.pdf"));
        Files.write(in.resolve("broken.pdf"), Arrays.copyOf(pdf, pdf.length / 3)); // cut off: no trailer, no xref
        Files.writeString(in.resolve("notes.json"), "{\"not\": \"a report\"}");
        String dir = in.toAbsolutePath().toString();

        Path cli = Files.createDirectories(tmp.resolve("cli"));
        int exit = new ExtractCommand().commandLine().execute(dir, "-o", cli.resolve("long.csv").toString(),
                "--findings", cli.resolve("findings.csv").toString(), "--status", cli.resolve("status.csv").toString(),
                "--panel", cli.resolve("panel.csv").toString(), "--sections", cli.resolve("sections.csv").toString(),
                "--progress=none");
        assertEquals(1, exit, "the broken PDF fails in the CLI too");

        String out = tmp.resolve("spark").toUri().toString();
        ExtractJob.Summary first = ExtractJob.run(spark, JobOptions.parse(dir, "--out", out, "--checkpoint-every", "2"));
        assertEquals(new ExtractJob.Summary(7, 6, 1, 0, 7), first);
        Path sparkOut = tmp.resolve("spark");
        compareTyped(OutputTable.LONG, parquet(sparkOut, OutputTable.LONG), cli.resolve("long.csv"));
        compareTyped(OutputTable.FINDINGS, parquet(sparkOut, OutputTable.FINDINGS), cli.resolve("findings.csv"));
        compareTyped(OutputTable.PANEL, parquet(sparkOut, OutputTable.PANEL), cli.resolve("panel.csv"));
        compareTyped(OutputTable.STATUS, parquet(sparkOut, OutputTable.STATUS), cli.resolve("status.csv"));
        compareTyped(OutputTable.SECTIONS, parquet(sparkOut, OutputTable.SECTIONS), cli.resolve("sections.csv"));
        assertEquals(6 * 7, csv(cli.resolve("sections.csv")).size(), "six reports of seven parts each (preface, 一 … 六)");
        readBackTyped(sparkOut);

        List<CSVRecord> cliFindings = csv(cli.resolve("findings.csv"));
        assertTrue(cliFindings.stream().anyMatch(r -> r.get("check").equals("X-1") && r.get("source").endsWith("pt/2022.pdf")),
                "the corpus pair gives cross-year findings to compare");
        CSVRecord broken = csv(cli.resolve("status.csv")).stream().filter(r -> r.get("source").endsWith("broken.pdf")).findFirst().orElseThrow();
        assertNotEquals("ok", broken.get("status"));
        assertFalse(broken.get("message").isEmpty());

        // again into the same output, as CSV: nothing is extracted again, the rows are the CLI's text
        ExtractJob.Summary second = ExtractJob.run(spark, JobOptions.parse(dir, "--out", out, "--csv"));
        assertEquals(new ExtractJob.Summary(7, 6, 1, 7, 0), second);
        // the job sized its shuffles to the run: seven files on two cores, not Spark's 200 partitions a table
        try (Stream<Path> parts = Files.list(sparkOut.resolve(OutputTable.LONG.dirName()))) {
            assertTrue(parts.filter(p -> p.getFileName().toString().endsWith(".csv")).count() <= 2, "long's part files");
        }
        for (OutputTable t : List.of(OutputTable.LONG, OutputTable.FINDINGS, OutputTable.PANEL, OutputTable.SECTIONS)) {
            assertEquals(asSet(csv(cli.resolve(t.dirName() + ".csv")), -1), asSet(csvParts(sparkOut, t), -1),
                    t.dirName());
        }
        // milliseconds is the time of the run that extracted the file: the only column that may differ
        int times = List.of(StatusCsv.HEADER).indexOf("milliseconds");
        assertEquals(asSet(csv(cli.resolve("status.csv")), times), asSet(csvParts(sparkOut, OutputTable.STATUS), times));
    }

    /**
     * The tables as a reader gets them from the files, not from the job's schema: counts as 64-bit integers,
     * amounts as decimals of scale 6, page and year as int; the journal outside the folder, so a reader that lists
     * the folder finds the tables' Parquet files and nothing else.
     */
    private static void readBackTyped(Path out) throws IOException {
        var panel = spark.read().parquet(out.resolve(OutputTable.PANEL.dirName()).toString());
        assertEquals(DataTypes.LongType, panel.schema().apply("t3.granted.total").dataType());
        assertEquals(DataTypes.LongType, panel.schema().apply("t2.administrative_licensing.decisions").dataType());
        assertEquals(DataTypes.createDecimalType(24, 6), panel.schema().apply("t2.administrative_fees.amount").dataType());
        assertEquals(DataTypes.StringType, panel.schema().apply("region_code").dataType());
        assertEquals(DataTypes.IntegerType, panel.schema().apply("year").dataType());
        // 平潭's 2022 report (005 truth.json): 74 new applications, read back as a long
        Row pt = panel.where("source like '%pt/2022.pdf'").select("`t3.new_received.total`", "region_code", "agency_kind")
                .collectAsList().get(0);
        assertEquals(Long.valueOf(74), pt.get(0));
        assertEquals("350128", pt.getString(1));
        assertEquals("zone", pt.getString(2));
        var longTable = spark.read().parquet(out.resolve(OutputTable.LONG.dirName()).toString());
        assertEquals(DataTypes.IntegerType, longTable.schema().apply("page").dataType());
        assertEquals(DataTypes.createDecimalType(24, 6), longTable.schema().apply("value").dataType());
        var status = spark.read().parquet(out.resolve(OutputTable.STATUS.dirName()).toString());
        assertEquals(DataTypes.LongType, status.schema().apply("bytes").dataType());
        // the output folder holds the tables and nothing else, hidden or not; the journal is beside it
        try (Stream<Path> entries = Files.list(out)) {
            assertEquals(List.of("findings", "long", "panel", "sections", "status"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> journal = Files.list(out.resolveSibling("." + out.getFileName() + ".journal").resolve(HadoopJournal.DIR))) {
            assertTrue(journal.anyMatch(p -> p.getFileName().toString().endsWith(".jsonl")), "the journal is kept beside the output");
        }
        // what a dataset reader (Spark, Arrow) lists under the folder, hidden names skipped: Parquet files only
        try (Stream<Path> all = Files.walk(out)) {
            List<Path> visible = all.filter(Files::isRegularFile)
                    .filter(p -> java.util.stream.StreamSupport.stream(out.relativize(p).spliterator(), false)
                            .map(Path::toString).noneMatch(n -> n.startsWith("_") || n.startsWith(".")))
                    .toList();
            assertFalse(visible.isEmpty());
            for (Path p : visible) {
                byte[] head = Arrays.copyOf(Files.readAllBytes(p), 4);
                assertEquals("PAR1", new String(head, StandardCharsets.US_ASCII), p.toString());
            }
        }
        // each file's footer tells pandas its integer columns are nullable: Int32/Int64 with no argument, never float
        try (Stream<Path> parts = Files.list(out.resolve(OutputTable.LONG.dirName()))) {
            List<Path> files = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
            assertFalse(files.isEmpty());
            for (Path p : files) {
                var footer = org.apache.parquet.hadoop.ParquetFileReader.open(org.apache.parquet.hadoop.util.HadoopInputFile
                        .fromPath(new org.apache.hadoop.fs.Path(p.toUri()), new org.apache.hadoop.conf.Configuration()));
                Map<String, String> entries;
                try (footer) {
                    entries = footer.getFooter().getFileMetaData().getKeyValueMetaData();
                }
                var columns = new com.fasterxml.jackson.databind.ObjectMapper().readTree(entries.get("pandas")).get("columns");
                Map<String, String> numpy = new HashMap<>();
                columns.forEach(c -> numpy.put(c.get("name").asText(), c.get("numpy_type").asText()));
                Map<String, String> expected = new HashMap<>();
                for (String column : LongCsv.HEADER) {
                    expected.put(column, column.equals("year") || column.equals("page") ? "Int32" : "object");
                }
                assertEquals(expected, numpy);
                assertTrue(entries.containsKey("org.apache.spark.sql.parquet.row.metadata"), "Spark's own entry is kept");
            }
        }
    }

    private static void copy(String corpusFile, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(CORPUS.resolve(corpusFile), to);
    }

    private static List<Row> parquet(Path out, OutputTable t) {
        return spark.read().parquet(out.resolve(t.dirName()).toString()).collectAsList();
    }

    /** Parquet rows against the CLI's CSV: text equal, numbers equal as numbers, null for an empty field. */
    private static void compareTyped(OutputTable t, List<Row> rows, Path cliCsv) throws IOException {
        String[] header = switch (t) {
            case LONG -> LongCsv.HEADER;
            case FINDINGS -> FindingsCsv.HEADER;
            case STATUS -> StatusCsv.HEADER;
            case PANEL -> PanelCsv.header();
            case SECTIONS -> SectionsCsv.HEADER;
        };
        var schema = t.schema(true);
        assertEquals(Arrays.asList(header), Arrays.asList(schema.fieldNames()), t + " columns");
        // the status's milliseconds differ between two runs; every other column is compared
        int skipped = t == OutputTable.STATUS ? Arrays.asList(header).indexOf("milliseconds") : -1;
        Map<List<String>, Integer> expected = new HashMap<>();
        for (CSVRecord r : csv(cliCsv)) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                if (i != skipped) {
                    key.add(normal(schema.fields()[i].dataType(), r.get(i)));
                }
            }
            expected.merge(key, 1, Integer::sum);
        }
        Map<List<String>, Integer> actual = new HashMap<>();
        for (Row row : rows) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                if (i == skipped) {
                    continue;
                }
                Object v = row.get(i);
                key.add(v == null ? "" : normal(schema.fields()[i].dataType(), v.toString()));
            }
            actual.merge(key, 1, Integer::sum);
        }
        assertTrue(expected.size() > 0, t + " is not empty");
        assertEquals(expected, actual, t.dirName());
        if (t == OutputTable.LONG) {
            assertEquals(DataTypes.IntegerType, schema.apply("year").dataType());
            assertTrue(schema.apply("value").dataType() instanceof DecimalType);
        }
    }

    private static String normal(DataType type, String text) {
        return type instanceof DecimalType && !text.isEmpty() ? new BigDecimal(text).stripTrailingZeros().toPlainString() : text;
    }

    /** The rows as a multiset, without column {@code skip} (-1: every column). */
    static Map<List<String>, Integer> asSet(List<CSVRecord> records, int skip) {
        Map<List<String>, Integer> m = new HashMap<>();
        for (CSVRecord r : records) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                if (i != skip) {
                    key.add(r.get(i));
                }
            }
            m.merge(key, 1, Integer::sum);
        }
        return m;
    }

    static List<CSVRecord> csvParts(Path out, OutputTable t) throws IOException {
        List<CSVRecord> all = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve(t.dirName()))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                all.addAll(csv(p));
            }
        }
        return all;
    }

    static List<CSVRecord> csv(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return parser.getRecords();
        }
    }
}
