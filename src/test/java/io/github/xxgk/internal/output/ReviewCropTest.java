package io.github.xxgk.internal.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the review page, each cell a failed check names on an OCR'd page carries the crop of the page it was read
 * from, inside the page itself: 009's scan with a seal, whose table 四 breaks two sums as printed (truth.json
 * agrees), which name ten cells.
 */
class ReviewCropTest {

    @TempDir
    Path tmp;

    @Test
    void everyNamedOcrCellShowsItsCropAndNoOtherCellDoes() throws Exception {
        Report r = Xxgk.extract(Path.of("fixtures/corpus/009/scan-seal.pdf"));
        Set<String> named = new HashSet<>();
        for (Finding f : r.failures()) {
            f.cells().forEach(k -> named.add(k.toString()));
        }
        try (ReviewPage page = ReviewPage.open(tmp, c -> false)) {
            page.addReport("009/scan-seal.pdf", r, List.of());
            page.commit("test");
        }
        Document doc = Jsoup.parse(tmp.resolve(ReviewPage.FILE).toFile(), "UTF-8");
        ObjectMapper json = new ObjectMapper();
        List<String> keys = new ArrayList<>();
        json.readTree(doc.getElementById("xxgk-layouts").data()).get(0).get("keys").forEach(k -> keys.add(k.asText()));
        JsonNode crops = json.readTree(doc.getElementById("xxgk-data").data()).get(0).get("cr");
        assertNotNull(crops, "the scan has cells named: " + named);
        int shown = 0;
        for (ReportCell c : r.cells()) {
            int slot = keys.indexOf(c.key().toString());
            JsonNode uri = crops.get(String.valueOf(slot));
            boolean expected = named.contains(c.key().toString()) && c.ocr() != null && c.ocr().crop() != null;
            assertEquals(expected, uri != null, c.key().toString());
            if (uri == null) {
                continue;
            }
            shown++;
            String text = uri.asText();
            assertTrue(text.startsWith("data:image/png;base64,"), text);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(text.substring(22))));
            assertEquals(c.ocr().crop().width(), img.getWidth());
            assertEquals(c.ocr().crop().height(), img.getHeight());
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
            // the crop of a number's cell holds its print: some pixels dark, most light
            int dark = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if ((img.getRGB(x, y) & 255) < 128) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 0 && dark < img.getWidth() * img.getHeight() / 2, c.key() + ": " + dark);
        }
        assertEquals(10, shown);
        assertFalse(doc.select("[src]").size() > 0, "crops are drawn by the script, not fetched");
    }
}
