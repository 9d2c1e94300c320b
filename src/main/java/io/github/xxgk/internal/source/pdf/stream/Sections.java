package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.pdf.page.Glyph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table run cut at its header lines: a line of header text over the value area (第二十条第（五）项,
 * 本年处理决定数量) starts a new section with its own value columns; the header lines are kept as paragraphs.
 */
final class Sections {

    private Sections() {
    }

    /** Splits a run at its header lines; each section gets its own value columns. */
    static List<Row> rows(List<Line> run, List<Line> headerAbove, int pageNo, Memory memory, Map<Glyph, OcrNote> notes) {
        float valueLeft = Line.valueLeft(run);
        List<Row> out = new ArrayList<>();
        List<Line> header = headerAbove;
        int s = 0;
        while (s < run.size()) {
            List<Line> inRun = new ArrayList<>();
            while (s < run.size() && run.get(s).isHeaderLine(valueLeft)) {
                inRun.add(run.get(s));
                s++;
            }
            int[] group = HeaderReader.stackedHeader(inRun);
            for (int m = 0; m < inRun.size(); m++) {
                String text = inRun.get(m).paragraphText();
                if (group != null && m >= group[0] && m <= group[1]) {
                    // a header row whose words wrap over lines: one line, each column's words joined
                    text = m == group[0] ? HeaderReader.joinStacked(inRun.subList(group[0], group[1] + 1), group[2] - group[0]) : "";
                }
                if (!text.isBlank()) {
                    out.add(Row.paragraph(text, pageNo));
                }
            }
            if (!inRun.isEmpty()) {
                header = inRun;
            }
            int e = s;
            while (e < run.size() && !run.get(e).isHeaderLine(valueLeft)) {
                e++;
            }
            if (e > s) {
                List<Line> section = run.subList(s, e);
                if (section.stream().anyMatch(Line::hasValues)) {
                    out.addAll(RowAssembler.rows(section, header, pageNo, memory, notes));
                } else {
                    for (Line l : section) {
                        out.add(Row.paragraph(l.paragraphText(), pageNo));
                    }
                }
            }
            s = e;
        }
        return out;
    }
}
