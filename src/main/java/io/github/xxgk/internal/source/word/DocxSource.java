package io.github.xxgk.internal.source.word;

import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.html.HtmlGrid;
import io.github.xxgk.internal.source.html.HtmlText;
import io.github.xxgk.internal.source.model.Hints;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.ocr.PagePictures;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.text.TextSource;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.Limits;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a Word (.docx) report with Apache POI. The body's paragraphs (title, headings, narrative) and tables
 * come out in order. In a table, a cell spanning grid columns ({@code w:gridSpan}) keeps its text at its first
 * column and marks the others spanned; a cell that continues a vertical merge ({@code w:vMerge}) is spanned
 * under the cell that started it; {@code w:gridBefore}/{@code w:gridAfter} keep the row on the grid. A table
 * that holds other tables is page layout: its cells are walked like the body, so the inner tables come out.
 *
 * <p>Before POI sees the file, its zip entries are unpacked and counted (nothing is kept): an archive that
 * unpacks to more than {@link Limits#maxUnpackedBytes()}, or a part bigger than {@link #MAX_PART}, is refused as
 * too large, so that a zip bomb can't take the JVM down. POI's own inflate-ratio guard stays on as well.
 */
public final class DocxSource implements ReportSource {

    /** One part; the document XML of a real report is well under 10 MB, and POI holds it all in memory. */
    static final long MAX_PART = 64L << 20;
    static final int MAX_ENTRIES = 10_000;

    /** A narrow table whose cells hold this much text is a layout box around narrative, not data. */
    private static final int LAYOUT_TEXT = 300;

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        checkArchive(content, name);
        Checkpoint.check(name, null);
        List<Row> rows = new ArrayList<>();
        Hints hints = Hints.NONE;
        try (InputStream in = new ByteArrayInputStream(content); XWPFDocument doc = new XWPFDocument(in)) {
            Checkpoint.check(name, null);
            PagePictures pictures = new PagePictures(null, name);
            body(doc.getBodyElements(), rows, pictures);
            if (pictures.read() > 0) {
                hints = hints.withOcrPages(pictures.read());
            }
            // a title printed in the page header is text the reader sees; the title property only metadata
            String title = HeaderTitle.of(headerLines(doc));
            title = title != null ? title : coreTitle(doc);
            hints = hints.withTitle(title);
        } catch (NotOfficeXmlFileException e) {
            throw new XxgkException(Reason.CORRUPT, name, null, "not a Word document (.docx): " + e.getMessage(), e);
        } catch (IOException | POIXMLException e) {
            throw translate(e, name);
        } catch (RuntimeException e) {
            throw translate(e, name);
        }
        if (rows.stream().allMatch(Row::isBlank)) {
            throw new XxgkException(Reason.EMPTY, name, "the Word document has no text");
        }
        return new SourceDocument(name, InputKind.DOCX, rows, 0, hints);
    }

    private static XxgkException translate(Exception e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")) {
                return new XxgkException(Reason.TOO_LARGE, name, null,
                        "the Word document unpacks to far more than it holds (a zip bomb?): " + firstLine(m), e);
            }
        }
        return new XxgkException(Reason.CORRUPT, name, null, "the Word document could not be read: "
                + e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Unpacks every entry into nothing, counting bytes, and refuses an archive that unpacks too far. */
    static void checkArchive(byte[] content, String name) throws XxgkException {
        long maxUnpacked = Limits.current().maxUnpackedBytes();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[65536];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new XxgkException(Reason.TOO_LARGE, name, "the Word document has more than "
                            + MAX_ENTRIES + " parts");
                }
                long part = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    part += n;
                    total += n;
                    if (part > MAX_PART) {
                        throw new XxgkException(Reason.TOO_LARGE, name, "part " + e.getName() + " of the Word document unpacks to more than "
                                + megabytes(MAX_PART) + " (a zip bomb?)");
                    }
                    if (total > maxUnpacked) {
                        throw new XxgkException(Reason.TOO_LARGE, name, "the Word document unpacks to more than "
                                + megabytes(maxUnpacked) + " (a zip bomb?)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new XxgkException(Reason.CORRUPT, name, null, "the Word document is a damaged zip archive: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new XxgkException(Reason.CORRUPT, name, "the Word document is a damaged zip archive (no entries)");
        }
    }

    /** The lines of the page headers (first page, odd and even), each header once. */
    private static List<String> headerLines(XWPFDocument doc) {
        List<String> lines = new ArrayList<>();
        for (XWPFHeader h : doc.getHeaderList()) {
            for (XWPFParagraph p : h.getListParagraph()) {
                String t = HtmlText.strip(DocxText.of(p.getCTP().getDomNode()));
                if (!t.isEmpty() && !lines.contains(t)) {
                    lines.add(t);
                }
            }
        }
        return lines;
    }

    /** The document's title property, when it names a report (templates often leave junk there). */
    private static String coreTitle(XWPFDocument doc) {
        try {
            String t = doc.getProperties().getCoreProperties().getTitle();
            if (t != null && t.contains("报告")) {
                return HtmlText.strip(t.replaceAll("<[^>]*>", ""));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** @param pictures reads a paragraph's pictures as tables (pictures pasted in place of tables); null: not read */
    private static void body(List<IBodyElement> elements, List<Row> rows, PagePictures pictures) throws XxgkException {
        for (IBodyElement el : elements) {
            if (el instanceof XWPFParagraph p) {
                paragraph(DocxText.of(p.getCTP().getDomNode()), rows);
                if (pictures != null) {
                    for (XWPFPictureData pic : pictures(p)) {
                        rows.addAll(pictures.rowsOf(pic.getData(), pic.getFileName()));
                    }
                }
            } else if (el instanceof XWPFTable t) {
                table(t, rows, pictures);
            } else if (el instanceof XWPFSDT sdt) {
                paragraph(sdt.getContent().getText(), rows);
            }
        }
    }

    /**
     * A paragraph as paragraph rows (a short one broken by {@code w:br}, like a two-line title, is joined).
     * A line laid out with tabs ("规章⇥0⇥0⇥0") is a table row, split as text copied out of Word is.
     */
    static void paragraph(String text, List<Row> rows) {
        List<String> lines = HtmlText.lines(text);
        boolean tabbed = false;
        for (String line : lines) {
            tabbed |= line.indexOf('\t') >= 0;
        }
        if (tabbed) {
            for (String line : text.split("\n")) {
                if (!HtmlText.strip(line).isEmpty()) {
                    rows.add(line.indexOf('\t') >= 0 ? TextSource.toRow(line, 0) : Row.paragraph(HtmlText.strip(line), 0));
                }
            }
            return;
        }
        for (String p : HtmlText.paragraphs(lines)) {
            rows.add(Row.paragraph(p, 0));
        }
    }

    /** The pictures embedded in a paragraph's runs, in order. */
    private static List<XWPFPictureData> pictures(XWPFParagraph p) {
        List<XWPFPictureData> out = new ArrayList<>();
        for (XWPFRun run : p.getRuns()) {
            for (XWPFPicture pic : run.getEmbeddedPictures()) {
                if (pic.getPictureData() != null) {
                    out.add(pic.getPictureData());
                }
            }
        }
        return out;
    }

    /** The pictures embedded in a table cell's paragraphs. */
    private static List<XWPFPictureData> pictures(XWPFTableCell cell) {
        List<XWPFPictureData> out = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            out.addAll(pictures(p));
        }
        return out;
    }

    /**
     * @param pictures reads the pictures of a layout table's cells as tables, and a picture that is a cell's only
     *                 content as that cell's text (a number pasted as a picture); null: not read
     */
    private static void table(XWPFTable table, List<Row> rows, PagePictures pictures) throws XxgkException {
        if (isLayout(table) || pictures != null && framesPictures(table)) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    body(cell.getBodyElements(), rows, pictures);
                }
            }
            return;
        }
        List<List<Cell>> grid = new ArrayList<>();
        int width = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            CTTrPr trPr = row.getCtRow().getTrPr();
            pad(cells, gridCount(trPr == null || trPr.sizeOfGridBeforeArray() == 0 ? null : trPr.getGridBeforeArray(0)));
            for (ICell ic : row.getTableICells()) {
                if (ic instanceof XWPFTableCell cell) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = pr != null && pr.isSetGridSpan() ? gridCount(pr.getGridSpan()) : 1;
                    boolean continued = pr != null && (continues(pr.getVMerge()) || continuesH(pr.getHMerge()));
                    cells.add(continued ? Cell.spanned() : cellOf(cell, pictures));
                    for (int i = 1; i < span; i++) {
                        cells.add(Cell.spanned());
                    }
                } else if (ic instanceof XWPFSDTCell sdt) {
                    cells.add(Cell.of(HtmlText.cell(sdt.getContent().getText())));
                }
            }
            pad(cells, gridCount(trPr == null || trPr.sizeOfGridAfterArray() == 0 ? null : trPr.getGridAfterArray(0)));
            width = Math.max(width, cells.size());
            grid.add(cells);
        }
        for (List<Cell> cells : grid) {
            while (cells.size() < width) {
                cells.add(Cell.of(""));
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(cells, 0, true));
            }
        }
    }

    private static boolean continues(CTVMerge merge) {
        // w:vMerge without a value means "continue"
        return merge != null && (!merge.isSetVal() || merge.getVal() == STMerge.CONTINUE);
    }

    private static boolean continuesH(CTHMerge merge) {
        return merge != null && (!merge.isSetVal() || merge.getVal() == STMerge.CONTINUE);
    }

    private static int gridCount(CTDecimalNumber n) {
        if (n == null) {
            return 0;
        }
        BigInteger v = n.getVal();
        if (v == null || v.signum() <= 0) {
            return 1;
        }
        return v.min(BigInteger.valueOf(HtmlGrid.MAX_COLSPAN)).intValue();
    }

    private static void pad(List<Cell> cells, int n) {
        for (int i = 0; i < n; i++) {
            cells.add(Cell.of(""));
        }
    }

    /** A table that holds tables, or a narrow one whose cells hold long text, only lays out the page. */
    private static boolean isLayout(XWPFTable table) {
        int width = 0;
        boolean longText = false;
        for (XWPFTableRow row : table.getRows()) {
            width = Math.max(width, row.getTableCells().size());
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty()) {
                    return true;
                }
                longText |= cell.getText().length() > LAYOUT_TEXT;
            }
        }
        return width <= 2 && longText;
    }

    /**
     * A table with no text of its own whose cells hold pictures only frames them (a picture of a table put in
     * a one-cell table to place it): its pictures are read as the body's are.
     */
    private static boolean framesPictures(XWPFTable table) {
        boolean any = false;
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cellText(cell).isBlank()) {
                    return false;
                }
                any |= !pictures(cell).isEmpty();
            }
        }
        return any;
    }

    /**
     * A cell's text; a cell whose only content is a picture is that picture read by OCR (with its confidence),
     * or, unread, an empty cell with confidence 0, which check OCR names.
     */
    private static Cell cellOf(XWPFTableCell cell, PagePictures pictures) throws XxgkException {
        String text = cellText(cell);
        if (pictures == null || !text.isBlank()) {
            return Cell.of(text);
        }
        List<XWPFPictureData> pics = pictures(cell);
        if (pics.size() != 1) {
            return Cell.of(text);
        }
        Cell read = pictures.cellOf(pics.get(0).getData(), pics.get(0).getFileName());
        // a picture not read (OCR off or unavailable, a format we cannot decode) is a cell in doubt, never a
        // blank: a relation would read a blank as 0 and could hold by chance
        return read != null ? read : Cell.ocr("", new OcrNote(0f, null));
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement el : cell.getBodyElements()) {
            String text = null;
            if (el instanceof XWPFParagraph p) {
                text = DocxText.of(p.getCTP().getDomNode());
            } else if (el instanceof XWPFSDT sdt) {
                text = sdt.getContent().getText();
            }
            if (text != null) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(text);
            }
        }
        return HtmlText.cell(sb.toString().replace('\t', ' '));
    }
}
