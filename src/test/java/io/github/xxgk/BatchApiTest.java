package io.github.xxgk;

import io.github.xxgk.internal.batch.OutputNames;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
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

    @Test
    void withWideWritesTableThreeOfEachReportAsAGrid(@TempDir Path tmp) throws Exception {
        List<Path> inputs = IDS.stream().map(id -> Truth.CORPUS.resolve(id).resolve("tabbed.txt")).toList();
        Path wide = tmp.resolve("wide");
        Batch.Summary s = Batch.of(inputs, Batch.Outputs.of(tmp.resolve("cells.csv")).withWide(wide), Batch.Options.defaults()).run();
        assertEquals(new Batch.Summary(2, 2, 0, 0, 0), s);
        for (int i = 0; i < IDS.size(); i++) {
            Truth truth = Truth.load(IDS.get(i));
            List<CSVRecord> grid;
            try (Reader r = Files.newBufferedReader(wide.resolve(OutputNames.of(inputs.get(i), ".t3.csv")));
                 CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                grid = p.getRecords();
            }
            // the grid's rows are table 三's rows in print order, with the three （六） sub-rows or the single row
            List<RowDef> rows = Schema.t3Rows(true).size() == grid.size() ? Schema.t3Rows(true) : Schema.t3Rows(false);
            assertEquals(rows.size(), grid.size(), IDS.get(i) + ": one line per row of table 三");
            int compared = 0;
            for (int row = 0; row < rows.size(); row++) {
                for (int col = 0; col < Schema.T3_COLUMNS.size(); col++) {
                    String key = "t3." + rows.get(row).key() + "." + Schema.T3_COLUMNS.get(col).key();
                    if (!truth.cells().containsKey(key)) {
                        continue;
                    }
                    BigDecimal expected = truth.cells().get(key);
                    String printed = grid.get(row).get(col + 1);
                    assertEquals(0, expected == null ? (printed.isEmpty() ? 0 : 1) : expected.compareTo(new BigDecimal(printed)),
                            IDS.get(i) + " " + key + ": truth " + expected + ", wide " + printed);
                    compared++;
                }
            }
            long t3Cells = truth.cells().keySet().stream().filter(k -> k.startsWith("t3.")).count();
            assertEquals(t3Cells, compared, IDS.get(i) + ": every cell of table 三 in truth.json is in the grid");
        }
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
