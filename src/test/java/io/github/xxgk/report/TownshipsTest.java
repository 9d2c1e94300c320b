package io.github.xxgk.report;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The township list read on demand gives exactly the runs of the resource, read here line by line on their own:
 * every county's runs and every name's, in the file's order (the resolver names the first fit and lists the others
 * in that order).
 */
class TownshipsTest {

    @Test
    void everyCountyAndEveryNameGivesTheRunsOfTheResource() throws Exception {
        Map<String, List<String>> byCounty = new LinkedHashMap<>();
        Map<String, List<String>> byName = new LinkedHashMap<>();
        String previous = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DivisionList.class.getResourceAsStream("townships.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    // the reader finds a county by binary search: the generator must keep the lines sorted by code
                    assertTrue(f[0].compareTo(previous) >= 0, f[0] + " after " + previous);
                    previous = f[0];
                    String run = f[0] + " " + f[1] + " " + DivisionList.month(f[2]) + " " + DivisionList.month(f[3]);
                    byCounty.computeIfAbsent(f[0].substring(0, 6), k -> new ArrayList<>()).add(run);
                    byName.computeIfAbsent(f[1], k -> new ArrayList<>()).add(run);
                }
            }
        }
        assertTrue(byCounty.size() > 2_000, "counties with townships: " + byCounty.size());
        Townships townships = Townships.load("townships.tsv");
        byCounty.forEach((county, runs) -> assertEquals(runs, text(townships.of(county)), county));
        byName.forEach((name, runs) -> assertEquals(runs, text(townships.named(name)), name));
        assertEquals(List.of(), townships.of("999999"));
        assertEquals(List.of(), townships.of("000000"));
        assertEquals(List.of(), townships.of("1101"));
        assertEquals(List.of(), townships.named("不存在的镇"));
        assertEquals(DivisionList.get().townshipsOf("320804"), townships.of("320804"));
    }

    private static List<String> text(List<DivisionList.Township> runs) {
        return runs.stream().map(t -> t.code() + " " + t.name() + " " + t.first() + " " + t.last()).toList();
    }
}
