package io.github.xxgk.spark;

import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import io.github.xxgk.internal.batch.Journal;
import io.github.xxgk.internal.output.BatchStatus;
import io.github.xxgk.internal.output.FindingsCsv;
import io.github.xxgk.internal.output.LongCsv;
import io.github.xxgk.internal.output.PanelCsv;
import io.github.xxgk.internal.output.SectionsCsv;
import io.github.xxgk.internal.output.StatusCsv;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.Sources;
import io.github.xxgk.internal.validate.CopyCheck;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.apache.spark.sql.functions.col;

/**
 * {@code spark-submit --class io.github.xxgk.spark.ExtractJob xxgk.jar INPUT... --out DIR [--journal DIR] [--csv]
 * [--timeout S] [--force]}: the CLI's batch ({@code xxgk extract ... --findings --status --panel}) as a Spark job.
 *
 * <ol>
 * <li>Inputs are read with Spark's {@code binaryFile} source, recursively; files whose names the CLI would not take
 * from a folder are left out, files over the size limit are listed without being read.</li>
 * <li>Each file is hashed and looked up in the journal ({@code --journal}, by default {@code .DIR.journal/} beside
 * the output folder: the CLI's entries by SHA-256), or
 * extracted by {@link ExtractFiles} with the CLI's library call, limits and time limit; a failure is a status
 * row. What each input gave is staged, so the tables below never extract anything again.</li>
 * <li>The tables are built from the staged outcomes and the journal with the CLI's row builders: {@code long},
 * {@code findings} (with over the whole output, {@link CrossYearGroups}), {@code status}, {@code panel},
 * {@code sections};
 * Parquet with typed columns, or CSV with the CLI's text.</li>
 * </ol>
 * Rows are not in input order (a cluster writes many files at once): sort by {@code source} when order matters.
 */
public final class ExtractJob {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

    private static final StructType JOURNAL = DataTypes.createStructType(List.of(
            DataTypes.createStructField("key", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.StringType, false)));

    /** What a run did: inputs, how many gave tables, and how many were reused from the journal. */
    public record Summary(long files, long ok, long failed, long reused, long extracted) {
    }

    private ExtractJob() {
    }

    /** The application: exit code 0 when the job ran (failed inputs are status rows), 2 on a usage error. */
    public static void main(String[] args) throws IOException {
        JobOptions opt;
        try {
            opt = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("xxgk extract");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]"); // started without spark-submit
        }
        SparkSession spark = builder.getOrCreate();
        try {
            long start = System.nanoTime();
            Summary s = run(spark, opt);
            System.err.printf("xxgk: %d files, %d gave tables, %d failed (see %s), %d reused from the journal; the job took %.1f s%n",
                    s.files(), s.ok(), s.failed(), new Path(opt.out(), OutputTable.STATUS.dirName()), s.reused(),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, JobOptions opt) throws IOException {
        return run(spark, opt, (ReportSource & Serializable) Sources::read);
    }

    /** {@link #run} with this reader in place of the one the content picks (a test's stand-in). */
    static Summary run(SparkSession spark, JobOptions opt, ReportSource reader) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        if (opt.force()) {
            HadoopJournal.clear(opt.journal(), hadoop);
        }
        String runId = UUID.randomUUID().toString().substring(0, 8);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Set<String>> done = jsc.broadcast(doneKeys(spark, opt.journal()));
        Broadcast<Map<String, Integer>> deaths = jsc.broadcast(HadoopMarks.earlierDeaths(opt.journal(), hadoop, opt.force()));

        // staged beside the journal: the output folder holds only the tables, also while a run writes them
        Path staging = new Path(new Path(opt.journal(), "staging"), runId);
        extract(spark, opt, runId, done, deaths, reader).write().parquet(staging.toString());
        Dataset<Row> staged = spark.read().parquet(staging.toString()).dropDuplicates("source");
        int partitions = sizeShuffles(spark, staged.count());

        Dataset<Row> journal = journal(spark, opt.journal());
        Dataset<Row> fresh = staged.where(col("entry").isNotNull()).select("source", "entry");
        Dataset<Row> again = staged.where(col("entry").isNull());
        Dataset<Row> reused = again.join(journal, again.col("journal_key").equalTo(journal.col("key")))
                .select(again.col("source"), journal.col("line").as("entry"));
        long reusedCount = again.count();
        if (reused.count() != reusedCount) {
            throw new IOException("the journal " + HadoopJournal.dir(opt.journal()) + " lost entries while the job ran");
        }
        // a union keeps both sides' partitions: coalesced, the tables are written in as many files as the shuffles make
        Dataset<Row> resolved = fresh.union(reused).coalesce(partitions).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long files = resolved.count();
            long ok = writeTables(spark, resolved, opt);
            staging.getFileSystem(hadoop).delete(staging.getParent(), true);
            Summary s = new Summary(files, ok, files - ok, reusedCount, files - reusedCount);
            LOG.info("xxgk extract: {}", s);
            return s;
        } finally {
            resolved.unpersist();
        }
    }

    /**
     * What Spark counts a file as, in bytes, when it packs inputs into tasks, unless the session sets
     * {@code spark.sql.files.openCostInBytes} itself. Spark's default (4 MB) is made for splitting big data files;
     * here a file of a few hundred kB costs 0.05–5 s of CPU, so its bytes say little about its work, and a task of
     * 30 such files at the end of a stage leaves the other cores idle. Counted as 16 MB, a 128 MB task holds about
     * 8 files: many tasks, a short tail, and still few enough that scheduling costs nothing next to extraction.
     */
    static final String FILE_OPEN_COST = "16m";

    /** Inputs per shuffle partition of the tables' stages: about 600,000 long rows, tens of MB. */
    static final long FILES_PER_SHUFFLE_PARTITION = 2_000;

    /**
     * Sizes the shuffles that build the tables to the run, unless the session sets
     * {@code spark.sql.shuffle.partitions} itself. Spark's fixed 200 made a run over a few files schedule
     * thousands of empty tasks (200 a stage, a dozen stages) and write 200 files a table; one partition per
     * {@link #FILES_PER_SHUFFLE_PARTITION} inputs, and at least one per core, fits both a folder and a national
     * collection.
     */
    private static int sizeShuffles(SparkSession spark, long files) {
        if (!spark.conf().contains("spark.sql.shuffle.partitions")) {
            spark.conf().set("spark.sql.shuffle.partitions", shufflePartitions(files, spark.sparkContext().defaultParallelism()));
        }
        return Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    }

    static int shufflePartitions(long files, int cores) {
        return (int) Math.max(Math.max(1, cores), (files + FILES_PER_SHUFFLE_PARTITION - 1) / FILES_PER_SHUFFLE_PARTITION);
    }

    /** Every input's outcome row ({@link ExtractFiles#SCHEMA}); lazy: extraction runs when it is written. */
    private static Dataset<Row> extract(SparkSession spark, JobOptions opt, String runId, Broadcast<Set<String>> done,
                                        Broadcast<Map<String, Integer>> deaths, ReportSource reader) {
        if (!spark.conf().contains("spark.sql.files.openCostInBytes")) {
            spark.conf().set("spark.sql.files.openCostInBytes", FILE_OPEN_COST);
        }
        Dataset<Row> listing = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(opt.inputs().toArray(String[]::new));
        FilterFunction<Row> reports = r -> ExtractFiles.isReport(r.getString(0));
        // binaryFile applies the length filter before it reads a file: a file over the limit is never loaded
        Dataset<Row> small = listing.where(col("length").leq(Xxgk.MAX_BYTES)).select("path", "length", "content").filter(reports);
        Dataset<Row> large = listing.where(col("length").gt(Xxgk.MAX_BYTES)).select("path", "length").filter(reports);
        SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
        MapPartitionsFunction<Row, Row> work = new ExtractFiles(done, deaths, reader, conf, opt.journal(), runId, opt.timeoutMillis(),
                opt.checkpointEvery());
        MapFunction<Row, Row> refuse = r -> ExtractFiles.tooLarge(r.getString(0), r.getLong(1));
        return small.mapPartitions(work, Encoders.row(ExtractFiles.SCHEMA))
                .union(large.map(refuse, Encoders.row(ExtractFiles.SCHEMA)));
    }

    /** The journal's entries of this build, one per reuse key. */
    private static Dataset<Row> journal(SparkSession spark, String journal) throws IOException {
        if (!HadoopJournal.hasEntries(journal, spark.sparkContext().hadoopConfiguration())) {
            return spark.createDataFrame(new ArrayList<Row>(), JOURNAL);
        }
        FlatMapFunction<Row, Row> keyed = r -> {
            String key = Journal.reuseKey(r.getString(0));
            return key == null ? List.<Row>of().iterator() : List.of(RowFactory.create(key, r.getString(0))).iterator();
        };
        return spark.read().text(HadoopJournal.dir(journal).toString()).flatMap(keyed, Encoders.row(JOURNAL)).dropDuplicates("key");
    }

    /** The keys of what earlier runs did; every task gets them to skip those files. */
    private static Set<String> doneKeys(SparkSession spark, String journal) throws IOException {
        return new HashSet<>(journal(spark, journal).select("key").as(Encoders.STRING()).collectAsList());
    }

    /** Writes every table; returns how many inputs gave tables. */
    private static long writeTables(SparkSession spark, Dataset<Row> resolved, JobOptions opt) throws IOException {
        boolean typed = !opt.csv();
        Dataset<Row> summaries = resolved.flatMap(
                (FlatMapFunction<Row, Row>) r -> CrossYearGroups.summary(entry(r).report()).iterator(), Encoders.row(CrossYearGroups.SCHEMA));
        Dataset<Row> cross = summaries.groupByKey((MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING())
                .flatMapGroups((org.apache.spark.api.java.function.FlatMapGroupsFunction<String, Row, Row>) (k, rows) ->
                        CrossYearGroups.check(rows, typed), Encoders.row(OutputTable.FINDINGS.schema(typed)))
                .union(copies(resolved, typed))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> crossFailed = cross.where(col("status").equalTo("fail")).groupBy("source").count()
                    .withColumnRenamed("source", "x_source").withColumnRenamed("count", "x_failed");

            write(resolved.flatMap((FlatMapFunction<Row, Row>) r -> rows(OutputTable.LONG, entry(r).report() == null
                    ? List.of() : LongCsv.rows(entry(r).report()), typed), Encoders.row(OutputTable.LONG.schema(typed))), OutputTable.LONG, opt);
            write(resolved.flatMap((FlatMapFunction<Row, Row>) r -> rows(OutputTable.FINDINGS, entry(r).report() == null
                    ? List.of() : FindingsCsv.rows(entry(r).report()), typed), Encoders.row(OutputTable.FINDINGS.schema(typed)))
                    .union(cross), OutputTable.FINDINGS, opt);
            write(resolved.flatMap((FlatMapFunction<Row, Row>) r -> rows(OutputTable.PANEL, entry(r).report() == null
                    ? List.of() : List.of(PanelCsv.row(entry(r).report())), typed), Encoders.row(OutputTable.PANEL.schema(typed))), OutputTable.PANEL, opt);
            write(resolved.flatMap((FlatMapFunction<Row, Row>) r -> rows(OutputTable.SECTIONS, entry(r).report() == null
                    ? List.of() : SectionsCsv.rows(entry(r).report()), typed), Encoders.row(OutputTable.SECTIONS.schema(typed))), OutputTable.SECTIONS, opt);
            Dataset<Row> status = resolved.join(crossFailed, resolved.col("source").equalTo(crossFailed.col("x_source")), "left_outer")
                    .map((MapFunction<Row, Row>) r -> statusRow(r, typed), Encoders.row(OutputTable.STATUS.schema(typed)));
            write(status, OutputTable.STATUS, opt);
            return resolved.filter((FilterFunction<Row>) r -> entry(r).status() == BatchStatus.OK).count();
        } finally {
            cross.unpersist();
        }
    }

    /** The X-SOURCE findings between copies of one report, one report key at a time, in the CLI's input order. */
    private static Dataset<Row> copies(Dataset<Row> resolved, boolean typed) {
        return resolved.filter((FilterFunction<Row>) r -> reportKey(r) != null)
                .groupByKey((MapFunction<Row, String>) ExtractJob::reportKey, Encoders.STRING())
                .flatMapGroups((org.apache.spark.api.java.function.FlatMapGroupsFunction<String, Row, Row>) (k, rows) -> {
                    List<Row> group = new ArrayList<>();
                    rows.forEachRemaining(group::add);
                    group.sort(java.util.Comparator.comparing(r -> java.nio.file.Path.of(r.getString(0))));
                    List<CopyCheck.Copy> copies = new ArrayList<>();
                    for (Row r : group) {
                        copies.add(new CopyCheck.Copy(copies.size(), entry(r).report()));
                    }
                    List<Row> out = new ArrayList<>();
                    for (var x : CopyCheck.check(copies)) {
                        out.add(OutputTable.FINDINGS.row(FindingsCsv.row(x), typed));
                    }
                    return out.iterator();
                }, Encoders.row(OutputTable.FINDINGS.schema(typed)));
    }

    private static String reportKey(Row resolved) {
        Report report = entry(resolved).report();
        return report == null ? null : report.identity().reportKey();
    }

    private static Journal.Entry entry(Row resolved) {
        String source = resolved.getString(0);
        Journal.Entry e = Journal.decode(resolved.getString(1), source);
        if (e == null) {
            throw new IllegalStateException("unreadable journal entry for " + source);
        }
        return e;
    }

    private static java.util.Iterator<Row> rows(OutputTable table, List<List<String>> lines, boolean typed) {
        List<Row> out = new ArrayList<>(lines.size());
        for (List<String> line : lines) {
            out.add(table.row(line, typed));
        }
        return out.iterator();
    }

    private static Row statusRow(Row r, boolean typed) {
        Journal.Entry e = entry(r);
        int crossFailed = r.isNullAt(3) ? 0 : (int) r.getLong(3);
        return OutputTable.STATUS.row(StatusCsv.values(StatusCsv.of(r.getString(0), e.sha256(), e.bytes(), e.kind(), e.status(),
                e.message(), e.milliseconds(), e.report(), crossFailed)), typed);
    }

    private static void write(Dataset<Row> table, OutputTable which, JobOptions opt) throws IOException {
        String target = new Path(opt.out(), which.dirName()).toString();
        if (opt.csv()) {
            // the CLI's CSV: quotes doubled inside quoted fields, spaces kept, empty fields for null
            table.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"")
                    .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
                    .option("encoding", "UTF-8").csv(target);
        } else {
            table.write().mode(SaveMode.Overwrite).parquet(target);
            PandasMetadata.addTo(table.sparkSession(), target, which.schema(true));
        }
    }
}
