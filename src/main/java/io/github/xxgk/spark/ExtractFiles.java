package io.github.xxgk.spark;

import io.github.xxgk.internal.batch.Crashes;
import io.github.xxgk.internal.batch.FileExtraction;
import io.github.xxgk.internal.batch.InputFiles;
import io.github.xxgk.internal.batch.Journal;
import io.github.xxgk.internal.source.model.ReportSource;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Spark task's share of the inputs: each file of {@code binaryFile}'s rows is hashed, looked up in the journal
 * by SHA-256, and otherwise extracted by {@link FileExtraction} with the CLI's limits and per-file time limit, on
 * the task's own thread (one core per task, as Spark schedules them). A file that fails is an outcome like any
 * other: no exception leaves this function for a bad input, so no task or stage fails because of one.
 *
 * <p>An input that takes its process down (a crash in native code, the OOM killer) is marked in flight while it
 * is read ({@link HadoopMarks}); a task retried after its executor died, or a later run, finds the mark and
 * counts a death against the input, reads it alone in its JVM after one and gives it status {@code crashed}
 * without reading it after two ({@link Crashes}), so that the task, and the job, complete.
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

    /**
     * Reads in this JVM: each read holds the read lock, an input with a death the write lock, so that it is
     * read with nothing else in flight in its executor and a second death is its own.
     */
    private static final ReentrantReadWriteLock READS = new ReentrantReadWriteLock();

    private final Broadcast<Set<String>> done;
    private final Broadcast<Map<String, Integer>> earlierDeaths;
    private final ReportSource reader;
    private final SerializableConfiguration conf;
    private final String journal;
    private final String runId;
    private final long timeoutMillis;
    private final int checkpointEvery;

    /**
     * @param earlierDeaths the deaths earlier runs left, by content ({@link HadoopMarks#earlierDeaths})
     * @param reader        reads each input; serializable, as it travels to the executors with this function
     * @param journal       the job's folder of journal entries and in-flight marks ({@link JobOptions#journal})
     */
    ExtractFiles(Broadcast<Set<String>> done, Broadcast<Map<String, Integer>> earlierDeaths, ReportSource reader,
                 SerializableConfiguration conf, String journal, String runId, long timeoutMillis, int checkpointEvery) {
        this.done = done;
        this.earlierDeaths = earlierDeaths;
        this.reader = reader;
        this.conf = conf;
        this.journal = journal;
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
        HadoopMarks.Owner me = new HadoopMarks.Owner(runId, task.stageId(), task.partitionId(), task.attemptNumber());
        Path marks = HadoopMarks.dir(journal);
        FileSystem fs = marks.getFileSystem(conf.value());
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
            FileExtraction.Outcome o = read(content, source, sha, fs, marks, me);
            String entry = Journal.encode(o.entry(), source);
            rows.add(RowFactory.create(source, sha, null, entry));
            if (o.journaled()) {
                checkpoint.add(entry);
                if (checkpoint.size() >= checkpointEvery) {
                    HadoopJournal.write(journal, conf.value(), prefix + (written++) + ".jsonl", checkpoint);
                    checkpoint.clear();
                }
            }
        }
        HadoopJournal.write(journal, conf.value(), prefix + written + ".jsonl", checkpoint);
        return rows.iterator();
    }

    /** The input's outcome: read under its in-flight mark, or crashed without being read. */
    private FileExtraction.Outcome read(byte[] content, String source, String sha, FileSystem fs, Path marks, HadoopMarks.Owner me)
            throws IOException, InterruptedException {
        String kind = FileExtraction.kind(content);
        List<Path> dead = HadoopMarks.dead(fs, marks, sha, me, earlierDeaths.value().getOrDefault(sha, 0));
        if (Crashes.crashed(dead.size())) {
            return FileExtraction.crashed(sha, content.length, kind);
        }
        Lock lock = Crashes.readAlone(dead.size()) ? READS.writeLock() : READS.readLock();
        lock.lockInterruptibly();
        try {
            Path mark = HadoopMarks.mark(fs, marks, sha, me, source);
            FileExtraction.Outcome o;
            try {
                o = FileExtraction.extractWithin(content, source, sha, kind, timeoutMillis, reader);
            } finally {
                fs.delete(mark, false); // also when the task is killed: only a process that ends leaves its mark
            }
            for (Path p : dead) {
                fs.delete(p, false); // read without the process ending: those deaths were another input's
            }
            return o;
        } finally {
            lock.unlock();
        }
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
