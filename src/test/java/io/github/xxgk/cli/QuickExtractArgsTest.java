package io.github.xxgk.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick reading of an extract command line is picocli's reading of it, or no reading at all. */
class QuickExtractArgsTest {

    /** Every field picocli sets, as a list to compare. */
    private static List<Object> fields(ExtractCommand c) {
        return Arrays.asList(c.inputs, c.output, c.findings, c.status, c.panel, c.sections, c.wideDir, c.jsonDir,
                c.reviewDir, c.bom, c.threads, c.timeout, c.force, c.progress, c.ocr, c.progressInterval);
    }

    /** What picocli makes of the same line (without the subcommand word). */
    private static ExtractCommand picocli(String... args) {
        ExtractCommand c = new ExtractCommand();
        new CommandLine(c).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        return c;
    }

    @Test
    void plainLinesAreReadAsPicocliReadsThem() {
        List<String[]> lines = List.of(
                new String[] {"extract", "a.pdf", "-o", "out.csv"},
                new String[] {"extract", "-o", "-", "dir", "b.html"},
                new String[] {"extract", "in", "--output=o.csv", "--findings", "f.csv", "--status", "s.csv", "--panel",
                        "p.csv", "--sections", "x.csv", "--wide", "w", "--json", "j", "--review", "r", "--bom", "--force"},
                new String[] {"extract", "in", "-o", "o.csv", "-j", "3", "--timeout", "2.5", "--progress", "none",
                        "--ocr=never", "--progress-interval", "0.5"},
                new String[] {"extract", "in", "-o", "o.csv", "--threads=12", "--timeout=0", "--progress=lines", "--ocr", "always"});
        for (String[] line : lines) {
            Optional<ExtractCommand> quick = QuickExtractArgs.parse(line);
            assertTrue(quick.isPresent(), String.join(" ", line));
            assertEquals(fields(picocli(line)), fields(quick.get()), String.join(" ", line));
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        List<String[]> lines = List.of(
                new String[] {"extract", "--help"},
                new String[] {"extract", "-V"},
                new String[] {"--version"},
                new String[] {"bench", "a.pdf"},
                new String[] {"extract", "a.pdf"},                                // no -o
                new String[] {"extract", "-o", "out.csv"},                       // no input
                new String[] {"extract", "a.pdf", "-o"},                         // no value
                new String[] {"extract", "a.pdf", "-o", "x.csv", "-o", "y.csv"}, // twice
                new String[] {"extract", "a.pdf", "-o", "x.csv", "--no-such-option"},
                new String[] {"extract", "a.pdf", "-o", "x.csv", "-j", "0x10"},
                new String[] {"extract", "a.pdf", "-o", "x.csv", "--timeout", "1e3"},
                new String[] {"extract", "a.pdf", "-o", "x.csv", "--force=true"},
                new String[] {"extract", "a.pdf", "-o", "x.csv", "--", "-b.pdf"},
                new String[] {"extract", "@args.txt", "-o", "x.csv"},
                new String[] {"extract", "a.pdf", "-o", "--force"},
                new String[] {"extract", "a.pdf", "-fo", "x.csv"});
        for (String[] line : lines) {
            assertTrue(QuickExtractArgs.parse(line).isEmpty(), String.join(" ", line));
        }
    }

    /** A new option of ExtractCommand must be read here too, or every command line using it starts slow. */
    @Test
    void everyOptionOfTheCommandIsReadQuickly() {
        for (OptionSpec option : new CommandLine(new ExtractCommand()).getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            // a default in the annotation is set by picocli only: the quick reading would leave the field empty
            assertNull(option.defaultValue(), option.longestName() + ": give the default as the field's initial value");
            for (String name : option.names()) {
                List<String> line = new ArrayList<>(List.of("extract", "in", "-o", "o.csv"));
                if (!name.equals("-o") && !name.equals("--output")) {
                    line.add(name);
                    if (option.arity().max() > 0) {
                        line.add("1");
                    }
                }
                String[] args = line.toArray(String[]::new);
                Optional<ExtractCommand> quick = QuickExtractArgs.parse(args);
                assertTrue(quick.isPresent(), name);
                assertEquals(fields(picocli(args)), fields(quick.get()), name);
            }
        }
    }
}
