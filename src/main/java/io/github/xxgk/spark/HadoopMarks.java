package io.github.xxgk.spark;

import io.github.xxgk.internal.batch.Journal;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PathFilter;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spark job's marks of what its tasks are reading, under {@code JOURNAL/inflight/} (beside the journal's
 * entries, outside the output folder): the CLI's in-flight marks (see
 * {@code io.github.xxgk.internal.batch.InFlightMarks}) on any Hadoop file system, so that an input that kills its
 * executor is not retried until the job fails. Before a task reads an input it writes
 * {@code SHA256.RUN-STAGE-PARTITION-ATTEMPT} (the build's journal version inside) and deletes it when the read
 * ends; a mark that stays is a death.
 *
 * <p>Whose process is gone is told by the owner's name, as Spark runs tasks: every mark of an earlier run
 * (one job writes into an output at a time, as its tables are overwritten whole), and within a run the marks
 * of earlier attempts of the same task, since Spark starts a task again only after its attempt failed. With
 * speculation on, a speculative copy may start while the first attempt still reads: the copy then counts
 * that read as a death, one of the two an input needs before it is given up.
 */
final class HadoopMarks {

    /** The suffix of a mark being written, before it is renamed into place under its own name. */
    private static final String WRITING = ".writing";

    static final String DIR = "inflight";

    private HadoopMarks() {
    }

    static Path dir(String journal) {
        return new Path(journal, DIR);
    }

    /** Who wrote a mark: one attempt of one task of one run. */
    record Owner(String run, int stage, int partition, int attempt) {

        String token() {
            return run + "-" + stage + "-" + partition + "-" + attempt;
        }

        /** The owner a mark's name gives, or null for a name that is no mark. */
        static Owner of(String token) {
            String[] p = token.split("-");
            if (p.length != 4) {
                return null;
            }
            try {
                return new Owner(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** Whether {@code other}'s mark is of a process that is gone, seen from this attempt. */
        boolean outlived(Owner other) {
            return !other.run.equals(run)
                    || other.stage == stage && other.partition == partition && other.attempt < attempt;
        }
    }

    /** A mark's content and owner; null owner: not a mark. */
    private record Found(Path path, String sha256, Owner owner) {

        static Found of(FileStatus s) {
            String[] parts = s.getPath().getName().split("\\.");
            if (parts.length != 2 || parts[0].length() != 64) {
                return null;
            }
            Owner o = Owner.of(parts[1]);
            return o == null ? null : new Found(s.getPath(), parts[0], o);
        }
    }

    /**
     * On the driver, before the run: the deaths earlier runs left, by content. Marks of another build are
     * deleted (a new build clears the count), and with {@code clear} ({@code --force}) every mark.
     */
    static Map<String, Integer> earlierDeaths(String journal, Configuration conf, boolean clear) throws IOException {
        Path dir = dir(journal);
        FileSystem fs = dir.getFileSystem(conf);
        Map<String, Integer> deaths = new HashMap<>();
        for (FileStatus w : listed(fs, dir, p -> p.getName().endsWith(WRITING))) {
            fs.delete(w.getPath(), false); // a mark a killed task never finished: no read had begun
        }
        for (Found f : list(fs, dir, null)) {
            if (clear || !Journal.version().equals(firstLine(fs, f.path()))) {
                fs.delete(f.path(), false);
            } else {
                deaths.merge(f.sha256(), 1, Integer::sum);
            }
        }
        return deaths;
    }

    /**
     * In a task: the marks of this content whose process is gone, seen from attempt {@code me}. Only the
     * marks of this run need a look when {@code earlier} (from {@link #earlierDeaths}) is zero and this is the
     * task's first attempt: then there are none, and the listing is skipped.
     */
    static List<Path> dead(FileSystem fs, Path dir, String sha256, Owner me, int earlier) throws IOException {
        if (earlier == 0 && me.attempt() == 0) {
            return List.of();
        }
        List<Path> dead = new ArrayList<>();
        for (Found f : list(fs, dir, sha256)) {
            if (me.outlived(f.owner())) {
                dead.add(f.path());
            }
        }
        return dead;
    }

    /** Marks this content in flight for attempt {@code me}: call before it is read. */
    static Path mark(FileSystem fs, Path dir, String sha256, Owner me, String source) throws IOException {
        Path p = new Path(dir, sha256 + "." + me.token());
        // written beside and renamed into place: a task killed between creating the mark and writing it would leave
        // an empty one, which the next run takes for another build's and deletes, losing the death
        Path written = new Path(dir, p.getName() + WRITING);
        try (FSDataOutputStream s = fs.create(written, true)) {
            s.write((Journal.version() + "\n" + source + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!fs.rename(written, p)) {
            throw new IOException("cannot move the in-flight mark " + written + " to " + p);
        }
        return p;
    }

    private static List<Found> list(FileSystem fs, Path dir, String sha256) throws IOException {
        List<Found> out = new ArrayList<>();
        for (FileStatus s : listed(fs, dir, p -> sha256 == null || p.getName().startsWith(sha256 + "."))) {
            Found f = s.isFile() ? Found.of(s) : null;
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The files of {@code dir} that {@code filter} takes; none when the folder is not there yet. */
    private static FileStatus[] listed(FileSystem fs, Path dir, PathFilter filter) throws IOException {
        try {
            return fs.listStatus(dir, filter);
        } catch (FileNotFoundException e) {
            return new FileStatus[0];
        }
    }

    private static String firstLine(FileSystem fs, Path p) {
        try (FSDataInputStream in = fs.open(p)) {
            String s = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        } catch (IOException e) {
            return null;
        }
    }
}
