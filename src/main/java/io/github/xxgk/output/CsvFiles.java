package io.github.xxgk.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom) {
            w.write('\uFEFF');
        }
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header).get());
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
