package io.github.xxgk.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extract command's model, built in code: every option reaches its field, and what is not given keeps its default. */
class ExtractSpecTest {

    private static ExtractCommand parse(String... args) {
        ExtractCommand c = new ExtractCommand();
        c.commandLine().parseArgs(args);
        return c;
    }

    @Test
    void everyOptionSetsItsField() {
        ExtractCommand c = parse("in", "b.html", "--output=o.csv", "--findings", "f.csv", "--status", "s.csv",
                "--panel", "p.csv", "--sections", "x.csv", "--wide", "w", "--json", "j", "--review", "r", "--bom",
                "--force", "-j", "3", "--timeout", "2.5", "--progress", "none", "--ocr=never", "--progress-interval", "0.5");
        assertEquals(List.of(Path.of("in"), Path.of("b.html")), c.inputs);
        assertEquals(List.of(Path.of("o.csv"), Path.of("f.csv"), Path.of("s.csv"), Path.of("p.csv"), Path.of("x.csv"),
                Path.of("w"), Path.of("j"), Path.of("r")),
                List.of(c.output, c.findings, c.status, c.panel, c.sections, c.wideDir, c.jsonDir, c.reviewDir));
        assertTrue(c.bom);
        assertTrue(c.force);
        assertEquals(3, c.threads);
        assertEquals(2.5, c.timeout);
        assertEquals("none", c.progress);
        assertEquals("never", c.ocr);
        assertEquals(0.5, c.progressInterval);
    }

    @Test
    void whatIsNotGivenKeepsItsDefault() {
        ExtractCommand c = parse("a.pdf", "-o", "-");
        assertEquals(List.of(Path.of("a.pdf")), c.inputs);
        assertEquals(Path.of("-"), c.output);
        assertNull(c.findings);
        assertNull(c.threads);
        assertFalse(c.bom);
        assertFalse(c.force);
        assertEquals(60, c.timeout);
        assertEquals("auto", c.progress);
        assertEquals("auto", c.ocr);
        assertEquals(10, c.progressInterval);
        String usage = new ExtractCommand().commandLine().getUsageMessage();
        assertTrue(usage.contains("(default 60.0; 0: no limit)"), usage);
        assertFalse(usage.contains("--progress-interval="), "a hidden option: " + usage);
    }

    @Test
    void anInputAndTheOutputAreRequired() {
        assertThrows(CommandLine.MissingParameterException.class, () -> parse("-o", "o.csv"));
        assertThrows(CommandLine.MissingParameterException.class, () -> parse("a.pdf"));
        assertThrows(CommandLine.UnmatchedArgumentException.class, () -> parse("a.pdf", "-o", "o.csv", "--no-such-option"));
    }
}
