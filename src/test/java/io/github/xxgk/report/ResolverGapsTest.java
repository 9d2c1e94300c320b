package io.github.xxgk.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every county-level change between consecutive statistics lists of 2016-2023, the years the civil-affairs list
 * left without a snapshot, as {@code tools/divisions/changes.py} read them from the lists themselves (not from
 * the merged list the resolver reads): a county that ended, in a year before its end; a new one, in a year after
 * its start; a county moved to a new code under the same name, in the year of the move (unresolved: either code
 * may be meant); each with a township of it.
 */
class ResolverGapsTest {

    record Change(int year, String agency, String code, String townshipCode, String why) {
    }

    static List<Change> changes() throws IOException {
        List<Change> out = new ArrayList<>();
        try (InputStream in = ResolverGapsTest.class.getResourceAsStream("gap-changes.tsv")) {
            assertNotNull(in, "gap-changes.tsv beside the test");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    out.add(new Change(Integer.parseInt(f[0]), f[1], f[2].isEmpty() ? null : f[2],
                            f[3].isEmpty() ? null : f[3], f[4]));
                }
            }
        }
        return out;
    }

    static List<Arguments> rows() throws IOException {
        return changes().stream().map(c -> Arguments.of(c.why(), c.year(), c.agency(), c)).toList();
    }

    @ParameterizedTest(name = "{0}: {2} {1}")
    @MethodSource("rows")
    void resolvesAsTheListsOfItsYearSay(String why, int year, String agency, Change c) {
        Identity id = Identity.of(agency, year);
        assertEquals(c.code(), id.regionCode(), id::toString);
        if (c.code() == null) {
            for (String code : why.substring("moved ".length()).split(" ")) {
                assertTrue(id.note().contains(code), "the note names each code the name fits: " + id);
            }
        } else if (c.townshipCode() != null) {
            assertEquals(Level.TOWNSHIP, id.level(), id::toString);
            assertEquals(c.townshipCode(), id.townshipCode(), id::toString);
        } else {
            assertNull(id.townshipCode(), id::toString);
        }
    }

    @Test
    void theTableCoversBothGapsAndEveryKindOfRow() throws IOException {
        List<Change> all = changes();
        // changes dated inside 201607-201911 and 202012-202306, where the civil-affairs list has no snapshot
        assertTrue(all.stream().anyMatch(c -> c.why().startsWith("new in 2018")), "a county new in 2017-2018");
        assertTrue(all.stream().anyMatch(c -> c.why().startsWith("old in 2019")), "a county ended in 2018-2019");
        assertTrue(all.stream().anyMatch(c -> c.why().startsWith("new in 2021")), "a county new in 2020-2021");
        assertTrue(all.stream().anyMatch(c -> c.why().startsWith("moved")), "a county moved to a new code");
        assertTrue(all.stream().anyMatch(c -> c.townshipCode() != null && c.why().startsWith("old")),
                "a township of a county that ended");
    }
}
