package io.github.xxgk.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the job keeps its journal: beside the output folder by default, never inside it. */
class JobOptionsTest {

    @Test
    void journalBesideTheOutputByDefault() {
        assertEquals("hdfs://nn:8020/xxgk/.out.journal", JobOptions.parse("in", "--out", "hdfs://nn:8020/xxgk/out").journal());
        assertEquals("s3a://bucket/runs/.2024.journal", JobOptions.parse("in", "--out", "s3a://bucket/runs/2024/").journal());
        assertEquals("file:/tmp/x/.spark.journal", JobOptions.parse("in", "--out", "file:///tmp/x/spark").journal());
        assertEquals("out/.spark.journal", JobOptions.parse("in", "--out", "out/spark").journal());
        assertEquals("/data/xxgk-journal", JobOptions.parse("in", "--out", "/data/out", "--journal", "/data/xxgk-journal").journal());
    }

    @Test
    void journalInsideTheOutputIsRefused() {
        var inside = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("in", "--out", "hdfs:///xxgk/out", "--journal", "hdfs:///xxgk/out/_journal"));
        assertTrue(inside.getMessage().contains("inside --out"), inside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("in", "--out", "/data/out", "--journal", "/data/out"));
        var root = assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("in", "--out", "/"));
        assertTrue(root.getMessage().contains("--journal"), root.getMessage());
        // a sibling whose name starts like the output's is outside it
        assertEquals("/data/out2", JobOptions.parse("in", "--out", "/data/out", "--journal", "/data/out2").journal());
    }
}
