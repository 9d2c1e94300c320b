package io.github.xxgk.internal.batch;

import io.github.xxgk.report.Report;
import io.github.xxgk.Xxgk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The batch's in-order writer: inputs settle in any order on any thread, reports are written in input order,
 * at most {@link InOrderWriter#HELD} wait in memory (the rest are read back), and a failure or an early stop
 * ends its thread. Orders are made by the test, not by timing.
 */
class InOrderWriterTest {

    private static Report report;

    @BeforeAll
    static void readSample() throws Exception {
        report = Xxgk.extract(Path.of("samples", "hz-2023-tabbed.txt"));
    }

    @Test
    void writesInInputOrderWhateverOrderInputsSettleIn() throws Exception {
        int n = 3 * InOrderWriter.HELD; // two thirds give a report: more than can be held
        List<Integer> written = new ArrayList<>();
        AtomicInteger readBack = new AtomicInteger();
        try (InOrderWriter w = new InOrderWriter(n, (i, r) -> {
            written.add(i);
            if (i % 3 == 1) {
                assertNull(r, "input " + i + " gave no report");
            } else {
                assertSame(report, r);
            }
        }, i -> {
            readBack.incrementAndGet();
            return report;
        })) {
            // the last input first, the first input last: nothing can be written until the first settles
            for (int i = n - 1; i >= 0; i--) {
                boolean gave = i % 3 != 1;
                w.settled(i, gave, gave ? report : null);
            }
            w.finish();
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inOrder.add(i);
        }
        assertEquals(inOrder, written);
        int gave = 0;
        for (int i = 0; i < n; i++) {
            gave += i % 3 != 1 ? 1 : 0;
        }
        assertEquals(gave - InOrderWriter.HELD, readBack.get(), "reports past the held ones are read back");
    }

    @Test
    void aFailedWriteStopsTheBatchAndEndsTheThread() throws Exception {
        InOrderWriter w = new InOrderWriter(3, (i, r) -> {
            throw new IOException("disk full at " + i);
        }, i -> report);
        w.settled(0, true, report);
        IOException e = assertThrows(IOException.class, w::finish);
        assertEquals("disk full at 0", e.getMessage());
        assertThrows(IOException.class, () -> w.settled(1, true, report), "the next input's sink sees the failure");
        w.close();
        assertFalse(w.running());
    }

    @Test
    void closingBeforeEveryInputSettledEndsTheThread() throws Exception {
        InOrderWriter w = new InOrderWriter(2, (i, r) -> {
        }, i -> report);
        w.settled(1, true, report);
        w.close();
        assertFalse(w.running());
    }
}
