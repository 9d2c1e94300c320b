package io.github.xxgk.internal.source.word;

import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.html.HtmlText;
import io.github.xxgk.internal.source.model.Hints;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.guard.Checkpoint;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a legacy Word binary (Word 97–2003 .doc, and a .wps that WPS Office saved as one) with POI's HWPF. The
 * body's paragraphs come out in order like a .docx's. A table row in this format has no grid of its own: each
 * cell only carries its left edge and width (in twips) and its merge flags. {@link WordBinaryGrid} rebuilds the
 * table's real columns from the edges of all its rows, so a cell spanning columns covers them and a cell that
 * continues a vertical merge is marked spanned under the one that starts it, as the .docx reader does.
 */
final class WordBinarySource {

    private WordBinarySource() {
    }

    static SourceDocument read(POIFSFileSystem fs, String name) throws XxgkException, IOException {
        Checkpoint.check(name, null);
        HWPFDocument doc = new HWPFDocument(fs);
        Checkpoint.check(name, null);
        List<Row> rows = new ArrayList<>();
        Range body = doc.getRange();
        int n = body.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = body.getParagraph(i);
            if (p.isInTable()) {
                Table t = body.getTable(p);
                table(t, rows);
                // skip the table's own paragraphs: the next one after it starts past its end
                while (i + 1 < n && body.getParagraph(i + 1).getStartOffset() < t.getEndOffset()) {
                    i++;
                }
                continue;
            }
            DocxSource.paragraph(text(p.text()), rows);
        }
        if (rows.stream().allMatch(Row::isBlank)) {
            throw new XxgkException(Reason.EMPTY, name, "the Word document has no text");
        }
        String header = headerText(doc);
        String title = header == null ? null : HeaderTitle.of(List.of(header.split("\n")));
        return new SourceDocument(name, InputKind.DOC, rows, 0, Hints.NONE.withTitle(title));
    }

    private static void table(Table t, List<Row> rows) {
        List<List<WordBinaryGrid.Piece>> pieces = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<WordBinaryGrid.Piece> line = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        || cell.isMerged() && !cell.isFirstMerged();
                line.add(new WordBinaryGrid.Piece(cell.getLeftEdge(), cell.getWidth(), continued,
                        continued ? "" : HtmlText.cell(text(cell.text()).replace('\t', ' '))));
            }
            pieces.add(line);
        }
        for (List<Cell> cells : WordBinaryGrid.cells(pieces)) {
            rows.add(new Row(cells, 0, true));
        }
    }

    /** The page headers' text: a title printed only there (first-page, odd or even header). */
    private static String headerText(HWPFDocument doc) {
        try {
            HeaderStories h = new HeaderStories(doc);
            StringBuilder sb = new StringBuilder();
            for (String s : new String[] {h.getFirstHeader(), h.getOddHeader(), h.getEvenHeader()}) {
                for (String line : (s == null ? "" : text(s)).split("\n")) {
                    String t = HtmlText.strip(line);
                    if (!t.isEmpty() && sb.indexOf(t) < 0) {
                        sb.append(sb.length() == 0 ? "" : "\n").append(t);
                    }
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        } catch (RuntimeException e) {
            // a damaged header story must not cost the body's tables
            return null;
        }
    }

    /**
     * Word's text with its control marks resolved: field codes dropped (their results kept), a cell or row
     * end (\u0007) or paragraph end (\r) a line break, a manual line break (\u000b) too, page and section
     * breaks and object anchors dropped.
     */
    static String text(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r', '\u0007', '\u000b' -> sb.append('\n');
                case '\t' -> sb.append('\t');
                case '\u001e' -> sb.append('-');
                case '\u001f' -> { }
                default -> {
                    if (c >= 0x20) {
                        sb.append(c);
                    }
                }
            }
        }
        // only the line breaks at the ends go: a leading tab is an empty first cell of a tabbed line
        return sb.toString().replaceAll("^\n+|\n+$", "");
    }
}
