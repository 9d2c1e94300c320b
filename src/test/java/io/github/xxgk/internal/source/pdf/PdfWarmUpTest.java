package io.github.xxgk.internal.source.pdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfWarmUpTest {

    /** A misspelt or renamed class would make the warm-up a silent no-op (it gives up at the first it cannot load). */
    @Test
    void everyClassItWarmsExists() {
        for (String name : java.util.stream.Stream.concat(java.util.Arrays.stream(PdfWarmUp.READING),
                java.util.Arrays.stream(PdfWarmUp.AFTER_READING)).toList()) {
            assertDoesNotThrow(() -> Class.forName(name, false, PdfWarmUp.class.getClassLoader()), name);
        }
    }

    /** PdfReader first: it installs xxgk's font mapper before any PDFBox font class initializes. */
    @Test
    void theReaderIsInitializedBeforeAnyPdfboxClass() {
        assertEquals(PdfReader.class.getName(), PdfWarmUp.READING[0]);
    }

    @Test
    void theThreadEndsByItselfAndDoesNotHoldTheJvm() throws InterruptedException {
        Thread t = PdfWarmUp.start();
        assertTrue(t.isDaemon());
        t.join();
        assertFalse(t.isAlive());
    }
}
