package io.github.xxgk.internal.validate;

import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.schema.T2Block;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/format.md is the data contract users read; the schema and the validator are what the code does. This
 * holds the two together: the keys each table section lists are exactly the schema's, t3's rows in its order,
 * and the relations listed are exactly the ones the validator evaluates.
 */
class FormatDocTest {

    private static final Pattern KEY = Pattern.compile("`([a-z][a-z0-9_]*)`");
    private static final Pattern CHECK_ROW = Pattern.compile("(?m)^\\| `([A-Z0-9]+-[A-Z0-9]+)` \\|");

    private static String doc() throws IOException {
        return Files.readString(Path.of("docs/format.md"));
    }

    /** The text under a heading, up to the next heading of the same or a higher level. */
    private static String section(String doc, String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "docs/format.md has no heading " + heading);
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        Matcher next = Pattern.compile("\n#{2," + (level.length() - 1) + "} ").matcher(doc);
        int end = next.find(start + heading.length() + 1) ? next.start() : doc.length();
        return doc.substring(start + heading.length() + 1, end);
    }

    private static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        Matcher m = KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static Set<String> t2Keys(List<T2Block> blocks) {
        Set<String> keys = new TreeSet<>();
        for (T2Block b : blocks) {
            b.rows().forEach(r -> keys.add(r.key()));
            b.columns().forEach(c -> keys.add(c.key()));
        }
        return keys;
    }

    @Test
    void t2KeysOfEachFormatAreTheSchemas() throws IOException {
        String doc = doc();
        assertEquals(t2Keys(Schema.T2_2021), new TreeSet<>(keys(section(doc, "### t2 in the 2021 format"))));
        assertEquals(t2Keys(Schema.T2_2019), new TreeSet<>(keys(section(doc, "### t2 in the 2019 format"))));
    }

    @Test
    void t3RowsInPublishedOrderAndItsColumns() throws IOException {
        String t3 = section(doc(), "### t3 (both formats)");
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(t3);
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertEquals(Schema.T3_ALL_ROWS.stream().map(RowDef::key).toList(), rows);
        Set<String> expected = new TreeSet<>(rows);
        Schema.T3_COLUMNS.forEach(c -> expected.add(c.key()));
        assertEquals(expected, new TreeSet<>(keys(t3)));
    }

    @Test
    void t4KeysAreTheSchemas() throws IOException {
        Set<String> expected = new TreeSet<>(Schema.T4_ROWS);
        Schema.T4_COLUMNS.forEach(c -> expected.add(c.key()));
        assertEquals(expected, new TreeSet<>(keys(section(doc(), "### t4 (both formats)"))));
    }

    @Test
    void relationsListedAreTheValidatorsChecks() throws IOException {
        Set<String> evaluated = new LinkedHashSet<>();
        for (Format format : Format.values()) {
            for (boolean split : new boolean[] {false, true}) {
                List<ReportCell> cells = new ArrayList<>();
                for (CellKey k : Schema.expectedCells(format, split)) {
                    cells.add(new ReportCell(k, BigDecimal.ONE, "", "1", null));
                }
                Validator.validate(cells, format, split).forEach(f -> evaluated.add(f.check()));
            }
        }
        assertTrue(evaluated.remove("COMPLETE"), "the validator reports completeness");
        String relations = section(doc(), "## Relations");
        assertTrue(relations.contains("`COMPLETE`"), "docs/format.md explains COMPLETE");
        Set<String> listed = new TreeSet<>();
        Matcher m = CHECK_ROW.matcher(relations);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(new TreeSet<>(evaluated), listed);
    }

    @Test
    void everyCellKeyIsDocumented() throws IOException {
        // every key a cell can have appears somewhere under "Canonical keys": nothing the CSV writes is unexplained
        Set<String> documented = new TreeSet<>(keys(section(doc(), "## Canonical keys")));
        for (Format format : Format.values()) {
            for (boolean split : new boolean[] {false, true}) {
                for (CellKey k : Schema.expectedCells(format, split)) {
                    assertTrue(documented.contains(k.row()), k + ": row not in docs/format.md");
                    assertTrue(documented.contains(k.col()), k + ": column not in docs/format.md");
                }
            }
        }
    }
}
