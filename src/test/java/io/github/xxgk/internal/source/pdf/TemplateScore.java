package io.github.xxgk.internal.source.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Xxgk;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Developer tool: the share of cells of each filled template (fixtures/pdf/word/NAME.pdf) read as in its
 * truth file, and the cells read otherwise. Arguments: the names (template-multidigit …).
 */
public final class TemplateScore {

    private TemplateScore() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("fixtures/pdf/word");
        for (String name : args) {
            JsonNode root = new ObjectMapper().readTree(dir.resolve(name + ".truth.json").toFile());
            Report r = Xxgk.extract(dir.resolve(name + ".pdf"));
            Map<String, ReportCell> got = new LinkedHashMap<>();
            r.cells().forEach(c -> got.put(c.key().toString(), c));
            int ok = 0;
            int n = 0;
            StringBuilder bad = new StringBuilder();
            for (JsonNode c : root.get("cells")) {
                String key = c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText();
                String want = c.get("value").isNull() ? "" : c.get("value").asText();
                ReportCell cell = got.get(key);
                String raw = cell == null ? "(missing)" : cell.raw() == null ? "" : cell.raw();
                n++;
                if (want.equals(raw)) {
                    ok++;
                } else {
                    bad.append(String.format("  %-60s want %-10s got '%s'%n", key, want, raw));
                }
            }
            System.out.printf("%s: %d/%d = %.2f%% (format %s)%n%s", name, ok, n, 100.0 * ok / n, r.format().code(), bad);
        }
    }
}
