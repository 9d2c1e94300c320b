package io.github.xxgk;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Java API of a resumable batch, as a program calls it: no command line, no output on the console. */
class BatchApiTest {

    private static final List<String> IDS = List.of("002", "009");

    @Test
    void aBatchFromCodeGivesEveryTruthCellAndResumesFromItsJournal(@TempDir Path tmp) throws Exception {
        List<Path> inputs = IDS.stream().map(id -> Truth.CORPUS.resolve(id).resolve("tabbed.txt")).toList();
        Path cells = tmp.resolve("cells.csv");
        Batch.Outputs out = Batch.Outputs.of(cells).withStatus(tmp.resolve("status.csv"));

        // the first input named twice is one input
        List<Path> named = List.of(inputs.get(0), inputs.get(1), inputs.get(0));
        Batch.Summary first = Batch.of(named, out, Batch.Options.defaults().withThreads(2)).run();
        assertEquals(new Batch.Summary(2, 2, 0, 0, 0), first);
        for (String id : IDS) {
            Truth truth = Truth.load(id);
            Map<String, BigDecimal> got = values(cells, Truth.CORPUS.resolve(id).resolve("tabbed.txt").toString());
            assertEquals(truth.cells().keySet(), got.keySet(), id + ": the cells of truth.json");
            for (Map.Entry<String, BigDecimal> e : truth.cells().entrySet()) {
                BigDecimal v = got.get(e.getKey());
                assertEquals(0, e.getValue() == null ? (v == null ? 0 : 1) : v == null ? 1 : e.getValue().compareTo(v),
                        id + " " + e.getKey() + ": truth " + e.getValue() + ", got " + v);
            }
        }
        byte[] written = Files.readAllBytes(cells);

        Batch.Summary again = Batch.of(inputs, out, Batch.Options.defaults()).run();
        assertEquals(new Batch.Summary(2, 2, 0, 2, 0), again, "the second run takes both from the journal");
        assertArrayEquals(written, Files.readAllBytes(cells), "and writes the same bytes");

        Batch.Summary forced = Batch.of(inputs, out, Batch.Options.defaults().withForce(true)).run();
        assertEquals(new Batch.Summary(2, 2, 0, 0, 0), forced, "force: extracted again");
        assertArrayEquals(written, Files.readAllBytes(cells));
    }

    /** The long CSV's cells of one source, keyed table.row.col; an empty value is null. */
    private static Map<String, BigDecimal> values(Path csv, String source) throws IOException {
        Map<String, BigDecimal> m = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                if (rec.get("source").equals(source)) {
                    String v = rec.get("value");
                    m.put(rec.get("table") + "." + rec.get("row") + "." + rec.get("col"), v.isEmpty() ? null : new BigDecimal(v));
                }
            }
        }
        return m;
    }
}
