package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.detect.Sections;
import io.github.xxgk.internal.detect.T3HeaderWords;
import io.github.xxgk.internal.detect.Sections.Section;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.report.TableId;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps the rows of any reader onto the schema's keys. It walks the rows once: section headings (or, where
 * they are missing, the tables' own header rows) say which table a row belongs to; within a table a row is
 * placed by its labels (block, ordinal, text), never by its position alone, and its values are found by
 * {@link ValueColumns}.
 */
public final class GridMapper {

    private final SourceDocument doc;
    private final List<Row> titleRows = new ArrayList<>();
    private final StringBuilder narrative = new StringBuilder();

    private Section section = Section.NONE;
    private boolean anyTable;

    private final PlacedCells out = new PlacedCells();
    private final T2Rows t2 = new T2Rows(out);
    private final T3Rows t3 = new T3Rows(out);
    private final T4Cells t4 = new T4Cells();

    private GridMapper(SourceDocument doc) {
        this.doc = doc;
    }

    public static MappedTables map(SourceDocument doc) {
        return new GridMapper(doc).run();
    }

    private MappedTables run() {
        List<Row> rows = doc.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            Section heading = Sections.heading(row);
            if (heading != null) {
                enter(heading);
                continue;
            }
            if (!row.tableRow() && section != Section.T3 && section != Section.T4 && t2.voteHeaderLine(row.text())
                    && section != Section.T2) {
                // a t2 header printed as a line of text opens t2 where its heading was lost (on a page the scan lost)
                enter(Section.T2);
            }
            Section implicit = Sections.implicit(row, section);
            if (implicit == null && section != Section.T3 && T3HeaderWords.startsAt(rows, i)) {
                // the header's own labels together, where the phrases implicit() looks for were misread
                implicit = Section.T3;
            }
            if (implicit != null && implicit != section) {
                enter(implicit);
            }
            switch (section) {
                case NONE -> {
                    if (titleRows.size() < 12) {
                        titleRows.add(row);
                    }
                    if (!anyTable) {
                        narrative.append(row.text()).append('\n');
                    }
                }
                case NARRATIVE -> narrative.append(row.text()).append('\n');
                case T2 -> t2.add(row);
                case T3 -> t3.add(row);
                case T4 -> t4.add(row);
                case AFTER -> { }
            }
        }
        t3.finish();
        Format format = decideFormat();
        if (format == Format.F2021 && t3.otherSingle && !t3.otherSplit) {
            out.unmatched.add("mixed format: t2 follows the 2021 format but t3 prints the single 2019 （六）其他处理 row (kept as t3.other)");
        } else if (format == Format.F2019 && t3.otherSplit) {
            out.unmatched.add("mixed format: t2 follows the 2019 format but t3 prints the three 2021 （六） sub-rows (kept as published)");
        }
        t2.resolvePending(format);
        placeT4();
        // no （六） row was read at all (every one lost, e.g. printed blank): a 2021 report is expected to print the
        // three sub-rows, so COMPLETE names those rather than the single 2019 row the report does not have
        boolean splitExpected = t3.otherSplit || (!t3.otherSingle && format == Format.F2021);
        return new MappedTables(new ArrayList<>(out.cells.values()), format, splitExpected, out.unmatched, titleRows, narrative.toString());
    }

    private void enter(Section s) {
        section = s;
        if (s == Section.T2 || s == Section.T3 || s == Section.T4) {
            anyTable = true;
        }
        if (s == Section.T3) {
            t3.enterTable();
        }
    }

    private void placeT4() {
        List<T4Cells.Placed> placed = t4.cells();
        for (int i = 0; i < placed.size(); i++) {
            String rowKey = Schema.T4_ROWS.get(i / 5);
            String colKey = Schema.T4_COLUMNS.get(i % 5).key();
            out.put(new CellKey(TableId.T4, rowKey, colKey), placed.get(i).cell().text(), "", placed.get(i).page(), placed.get(i).cell().ocr());
        }
    }

    private Format decideFormat() {
        if (t2.votes2021 > t2.votes2019) {
            return Format.F2021;
        }
        if (t2.votes2019 > t2.votes2021) {
            return Format.F2019;
        }
        if (t3.otherSplit) {
            return Format.F2021;
        }
        if (t3.otherSingle) {
            return Format.F2019;
        }
        return null;
    }
}
