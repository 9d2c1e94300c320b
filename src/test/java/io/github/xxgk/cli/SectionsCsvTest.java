package io.github.xxgk.cli;

import io.github.xxgk.internal.batch.OutputNames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.ReportSection;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.xxgk.cli.BatchTestSupport.csv;
import static io.github.xxgk.cli.BatchTestSupport.extract;
import static io.github.xxgk.cli.BatchTestSupport.header;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --sections F.csv}: one row per narrative part of every report, the text in one field, written from
 * the batch journal like the other outputs (so a resumed run writes the same bytes), and the same parts in the
 * JSON. The expected sections are those the fixture generator wrote (fixtures/narrative/*.expected.json).
 */
class SectionsCsvTest {

    private static final Path DIR = Path.of("fixtures", "narrative");

    @Test
    void oneRowPerSectionWithItsTextInOneField(@TempDir Path tmp) throws Exception {
        Path sections = tmp.resolve("s.csv");
        List<String> args = List.of(DIR.resolve("no-six.html").toString(), DIR.resolve("renumbered.docx").toString(),
                "-o", tmp.resolve("long.csv").toString(), "--sections", sections.toString(), "--json", tmp.resolve("json").toString());
        assertEquals(0, extract(args).exit());
        assertEquals(List.of("source", "agency", "year", "section", "number", "title", "text"), header(sections));
        List<CSVRecord> rows = csv(sections);
        List<ReportSection> noSix = io.github.xxgk.internal.detect.NarrativeVariantsTest.expected("no-six");
        List<ReportSection> renumbered = io.github.xxgk.internal.detect.NarrativeVariantsTest.expected("renumbered");
        assertEquals(noSix.size() + renumbered.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            boolean first = i < noSix.size();
            ReportSection want = first ? noSix.get(i) : renumbered.get(i - noSix.size());
            CSVRecord row = rows.get(i);
            assertEquals(DIR.resolve(first ? "no-six.html" : "renumbered.docx").toString(), row.get("source"));
            assertEquals("平潭综合实验区", row.get("agency"));
            assertEquals("2021", row.get("year"));
            assertEquals(want.part().code(), row.get("section"));
            assertEquals(want.number(), row.get("number"));
            assertEquals(want.title(), row.get("title"));
            assertEquals(want.text(), row.get("text"), row.get("section"));
        }
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("json").resolve(OutputNames.of(DIR.resolve("no-six.html"), ".json")).toFile()).get("sections");
        assertEquals(noSix.size(), json.size());
        assertEquals("signature", json.get(noSix.size() - 1).get("section").asText());
        assertEquals(noSix.get(noSix.size() - 1).text(), json.get(noSix.size() - 1).get("text").asText());

        // a second run takes both reports from the journal and writes the same bytes
        byte[] before = Files.readAllBytes(sections);
        BatchTestSupport.Run again = extract(args);
        assertEquals(2, again.command().lastRun.resumed());
        assertArrayEquals(before, Files.readAllBytes(sections));
    }
}
