package io.github.xxgk.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CLI's journal ({@code io.github.xxgk.internal.batch.Journal}) on any Hadoop file system: the same JSON entries, one
 * per line, in files of a few entries each under {@code JOURNAL/entries/}, where {@code JOURNAL} is the job's own
 * folder outside the output folder ({@code --journal}), so that the output folder holds the tables and nothing
 * else. A task writes each file
 * under a hidden name and renames it into place when it is complete (Spark's readers skip hidden files), so a
 * killed job
 * leaves whole files only and loses at most the inputs its tasks had not yet checkpointed. Task retries and
 * speculative copies may write the same entry twice; readers keep one per key.
 */
final class HadoopJournal {

    static final String DIR = "entries";

    private HadoopJournal() {
    }

    static Path dir(String journal) {
        return new Path(journal, DIR);
    }

    /** Whether the journal has any entry file (a first run has none, and Spark cannot read an empty folder). */
    static boolean hasEntries(String journal, Configuration conf) throws IOException {
        Path dir = dir(journal);
        FileSystem fs = dir.getFileSystem(conf);
        if (!fs.exists(dir)) {
            return false;
        }
        for (FileStatus s : fs.listStatus(dir)) {
            String n = s.getPath().getName();
            if (s.isFile() && !n.startsWith(".") && !n.startsWith("_") && s.getLen() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Deletes every entry ({@code --force}). */
    static void clear(String journal, Configuration conf) throws IOException {
        Path dir = dir(journal);
        dir.getFileSystem(conf).delete(dir, true);
    }

    /** Writes one file of entries (each one line of JSON) as {@code name}, atomically. */
    static void write(String journal, Configuration conf, String name, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        Path dir = dir(journal);
        FileSystem fs = dir.getFileSystem(conf);
        Path tmp = new Path(dir, "." + name + ".tmp");
        Path target = new Path(dir, name);
        try (FSDataOutputStream s = fs.create(tmp, true)) {
            for (String line : lines) {
                s.write(line.getBytes(StandardCharsets.UTF_8));
                s.write('\n');
            }
        }
        if (!fs.rename(tmp, target)) {
            // a retried task attempt may find its own earlier file: the entries are the same, keep one
            fs.delete(target, false);
            if (!fs.rename(tmp, target)) {
                throw new IOException("cannot move journal file " + tmp + " to " + target);
            }
        }
    }
}
