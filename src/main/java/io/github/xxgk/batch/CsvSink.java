package io.github.xxgk.batch;

import io.github.xxgk.output.AtomicFile;
import io.github.xxgk.output.CsvFiles;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** A CSV being written: to an {@link AtomicFile}, or to stdout. */
final class CsvSink implements AutoCloseable {
    final CSVPrinter csv;
    final AtomicFile file;

    CsvSink(Path target, boolean bom, String[] header, java.io.PrintStream stdout) throws IOException {
        OutputStream os;
        if (target == null) {
            file = null;
            os = new java.io.FilterOutputStream(stdout) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        } else {
            AtomicFile.removeStale(target);
            file = AtomicFile.create(target);
            os = file.stream();
        }
        csv = CsvFiles.open(os, bom, header);
    }

    void commit() throws IOException {
        csv.flush();
        if (file != null) {
            file.commit();
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        } else {
            csv.flush();
        }
    }
}
