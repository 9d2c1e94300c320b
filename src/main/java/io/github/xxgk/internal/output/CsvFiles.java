package io.github.xxgk.internal.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The CSV dialect of every file xxgk writes: RFC 4180, UTF-8, "\n" rows, optionally a BOM for Excel. */
public final class CsvFiles {

    private CsvFiles() {
    }

    public static CSVPrinter open(OutputStream out, boolean bom, String... header) throws IOException {
        // buffered: commons-csv appends each field in pieces, and an OutputStreamWriter runs its encoder for each
        // piece (a 420-report batch spent 11% of its CPU there, on the one thread that writes the outputs)
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
        if (bom) {
            w.write('\uFEFF');
        }
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header).get());
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
