package io.github.xxgk;

import io.github.xxgk.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No silent error on any born-digital form of the corpus: every cell that differs from truth.json (a wrong
 * number, a blank for a number, a missing cell, an invented one) is named in the {@code cells} of a failed
 * finding. A form that scores 100% passes trivially; clipped.pdf must name each cut cell.
 */
class SilentErrorTest {

    private static final List<String> FORMS = List.of("tabbed.txt", "seed.txt", "source.html", "source.docx", "source.doc",
            "chrome.pdf", "writer.pdf", "plain.pdf", "locked.pdf", "published.pdf", "clipped.pdf");

    static List<Path> inputs() throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Truth.CORPUS)) {
            for (Path d : dirs.filter(d -> Files.exists(d.resolve("truth.json"))).sorted().toList()) {
                for (String form : FORMS) {
                    if (Files.exists(d.resolve(form))) {
                        out.add(d.resolve(form));
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyWrongCellIsNamedByAFailedCheck(Path input) throws Exception {
        Truth truth = Truth.load(input.getParent().getFileName().toString());
        Report r = Xxgk.extract(input);
        List<String> silent = truth.silent(r);
        assertEquals(List.of(), silent, input.toString());
        assertTrue(truth.right(r) == truth.cells().size() || !r.failures().isEmpty(), input + ": wrong cells yet no failed check");
    }
}
