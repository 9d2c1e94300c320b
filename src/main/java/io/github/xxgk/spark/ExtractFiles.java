package io.github.xxgk.spark;

import io.github.xxgk.batch.FileExtraction;
import io.github.xxgk.batch.InputFiles;
import io.github.xxgk.batch.Journal;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Spark task's share of the inputs: each file of {@code binaryFile}'s rows is hashed, looked up in the journal
 * by SHA-256, and otherwise extracted by {@link FileExtraction} with the CLI's limits and per-file time limit, on
 * the task's own thread (one core per task, as Spark schedules them). A file that fails is an outcome like any
 * other: no exception leaves this function for a bad input, so no task or stage fails because of one.
 *
 * <p>Rows out ({@link #SCHEMA}): the input's name, its SHA-256, and either the outcome's journal entry (extracted
 * now) or the key of the journal entry it reuses.
 */
final class ExtractFiles implements MapPartitionsFunction<Row, Row> {

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, true),
            DataTypes.createStructField("journal_key", DataTypes.StringType, true),
            DataTypes.createStructField("entry", DataTypes.StringType, true)));

    /** PDFBox, POI and tabula log font and parsing noise through java.util.logging, as the CLI silences it. */
    private static final List<Logger> QUIET = new ArrayList<>();

    private final Broadcast<Set<String>> done;
    private final SerializableConfiguration conf;
    private final String out;
    private final String runId;
    private final long timeoutMillis;
    private final int checkpointEvery;

    ExtractFiles(Broadcast<Set<String>> done, SerializableConfiguration conf, String out, String runId, long timeoutMillis,
                 int checkpointEvery) {
        this.done = done;
        this.conf = conf;
        this.out = out;
        this.runId = runId;
        this.timeoutMillis = timeoutMillis;
        this.checkpointEvery = checkpointEvery;
    }

    /** binaryFile's path column as the CLI would name the file: a local file by its path, others by their URI. */
    static String sourceName(String path) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        String scheme = p.toUri().getScheme();
        return scheme == null || scheme.equals("file") ? p.toUri().getPath() : p.toString();
    }

    /**
     * Whether {@code binaryFile} found a file that the CLI would take from a folder (not hidden, a report's
     * extension, not in a saved web page's {@code X_files/} folder). Where the CLI also looks for the page
     * beside the folder, here the folder's name decides: a listing has no cheap look at the siblings.
     */
    static boolean isReport(String path) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        org.apache.hadoop.fs.Path parent = p.getParent();
        return InputFiles.isReportName(p.getName()) && (parent == null || InputFiles.pageOfFolder(parent.getName()) == null);
    }

    /** The row of a file over the size limit, which {@code binaryFile} was told not to read. */
    static Row tooLarge(String path, long length) {
        String source = sourceName(path);
        return RowFactory.create(source, null, null, Journal.encode(FileExtraction.tooLarge(length, System.nanoTime()).entry(), source));
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) throws IOException, InterruptedException {
        quietLibraries();
        Set<String> journaled = done.value();
        List<Row> rows = new ArrayList<>();
        List<String> checkpoint = new ArrayList<>();
        TaskContext task = TaskContext.get();
        String prefix = runId + "-" + task.stageId() + "-" + task.partitionId() + "-" + task.attemptNumber() + "-";
        int written = 0;
        while (files.hasNext()) {
            Row f = files.next();
            String source = sourceName(f.getString(0));
            byte[] content = f.getAs(2);
            String sha = FileExtraction.sha256(content);
            String ext = InputFiles.extension(new org.apache.hadoop.fs.Path(source).getName());
            String key = reuse(journaled, sha, ext);
            if (key != null) {
                rows.add(RowFactory.create(source, sha, key, null));
                continue;
            }
            FileExtraction.Outcome o = FileExtraction.extractWithin(content, source, sha, FileExtraction.kind(content), timeoutMillis);
            String entry = Journal.encode(o.entry(), source);
            rows.add(RowFactory.create(source, sha, null, entry));
            if (o.journaled()) {
                checkpoint.add(entry);
                if (checkpoint.size() >= checkpointEvery) {
                    HadoopJournal.write(out, conf.value(), prefix + (written++) + ".jsonl", checkpoint);
                    checkpoint.clear();
                }
            }
        }
        HadoopJournal.write(out, conf.value(), prefix + written + ".jsonl", checkpoint);
        return rows.iterator();
    }

    private static String reuse(Set<String> journaled, String sha, String ext) {
        String report = Journal.reuseKey(sha, ext, true);
        if (journaled.contains(report)) {
            return report;
        }
        String failure = Journal.reuseKey(sha, ext, false);
        return journaled.contains(failure) ? failure : null;
    }

    private static synchronized void quietLibraries() {
        if (!QUIET.isEmpty()) {
            return;
        }
        for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "technology.tabula"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.OFF);
            QUIET.add(logger);
        }
    }
}
