package io.github.xxgk;

import io.github.xxgk.XxgkException.Reason;
import io.github.xxgk.detect.TitleParser;
import io.github.xxgk.grid.GridMapper;
import io.github.xxgk.grid.MappedTables;
import io.github.xxgk.schema.CellKey;
import io.github.xxgk.schema.Format;
import io.github.xxgk.schema.Schema;
import io.github.xxgk.source.SourceDocument;
import io.github.xxgk.source.Sources;
import io.github.xxgk.validate.Finding;
import io.github.xxgk.validate.NarrativeCheck;
import io.github.xxgk.validate.Validator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The library's entry point: read a report, find its standard tables, map them onto the canonical keys and
 * check them.
 *
 * <pre>{@code
 * Report r = Xxgk.extract(Path.of("report.pdf"));
 * r.cell(TableId.T3, "granted", "total").ifPresent(c -> System.out.println(c.value()));
 * }</pre>
 */
public final class Xxgk {

    /** Markers of the pre-2019 free-form reports and statistics tables (format-research §4). */
    private static final Pattern PRE_2019 = Pattern.compile("指标名称|统计指标|计量单位|历年累计|同意公开答复|否决公开答复|免予公开范围|回应解读情况");

    /** Inputs larger than this are refused before reading: no report is that big. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private Xxgk() {
    }

    public static Report extract(Path path) throws XxgkException {
        String name = path.toString();
        byte[] content;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new XxgkException(Reason.TOO_LARGE, name, size + " bytes, more than the limit of " + MAX_BYTES);
            }
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new XxgkException(Reason.IO, name, null, "no such file", e);
        } catch (IOException e) {
            throw new XxgkException(Reason.IO, name, null, "cannot read: " + e.getMessage(), e);
        }
        return extract(content, name);
    }

    public static Report extract(InputStream in, String name) throws XxgkException {
        try {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
            if (content.length > MAX_BYTES) {
                throw new XxgkException(Reason.TOO_LARGE, name, "more than the limit of " + MAX_BYTES + " bytes");
            }
            return extract(content, name);
        } catch (IOException e) {
            throw new XxgkException(Reason.IO, name, null, "cannot read: " + e.getMessage(), e);
        }
    }

    public static Report extract(byte[] content, String name) throws XxgkException {
        try {
            return fromDocument(Sources.read(content, name));
        } catch (XxgkException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new XxgkException(Reason.TOO_LARGE, name, null, "the input needs more memory than is available", null);
        } catch (StackOverflowError e) {
            throw new XxgkException(Reason.CORRUPT, name, null, "the input is nested too deeply to read", null);
        } catch (RuntimeException e) {
            throw new XxgkException(Reason.INTERNAL, name, null, "unexpected error: " + e, e);
        }
    }

    /** The stages after reading, for a document that a reader already produced. */
    public static Report fromDocument(SourceDocument doc) throws XxgkException {
        String name = doc.name();
        MappedTables mapped = GridMapper.map(doc);
        if (mapped.cells().isEmpty()) {
            if (doc.rows().stream().anyMatch(r -> PRE_2019.matcher(r.text()).find())) {
                throw new XxgkException(Reason.UNSUPPORTED_FORMAT, name,
                        "unsupported format: no standard 2019/2021 table, looks like a pre-2019 report");
            }
            if (TitleParser.parse(mapped.titleLines(), doc.hints().get("title"), null).year() != null) {
                throw new XxgkException(Reason.NO_TABLES, name, "no standard tables (二、三、四) found in the report");
            }
            throw new XxgkException(Reason.NOT_A_REPORT, name,
                    "not a 政府信息公开工作年度报告: no report title and no standard tables found");
        }
        if (mapped.format() == null) {
            throw new XxgkException(Reason.UNSUPPORTED_FORMAT, name,
                    "unsupported format: tables found but neither the 2019 nor the 2021 labels identify them");
        }
        TitleParser.Title title = TitleParser.parse(mapped.titleLines(), doc.hints().get("title"), doc.hints().get("agency"));
        List<ReportCell> cells = ordered(mapped.cells(), mapped.format(), mapped.otherSplit());
        List<Finding> findings = new ArrayList<>(Validator.validate(cells, mapped.format(), mapped.otherSplit()));
        findings.addAll(NarrativeCheck.check(mapped.narrative(), cells));
        return new Report(name, doc.kind(), doc.pages(), title.agency(), title.year(), mapped.format(),
                mapped.otherSplit(), cells, findings, mapped.unmatched());
    }

    /** Cells in schema order; cells outside the format's schema (a 2019 row in a 2021 table) go last. */
    private static List<ReportCell> ordered(List<ReportCell> cells, Format format, boolean otherSplit) {
        Map<CellKey, Integer> rank = new HashMap<>();
        List<CellKey> expected = Schema.expectedCells(format, otherSplit);
        for (int i = 0; i < expected.size(); i++) {
            rank.put(expected.get(i), i);
        }
        List<ReportCell> out = new ArrayList<>(cells);
        out.sort(Comparator.comparingInt(c -> rank.getOrDefault(c.key(), Integer.MAX_VALUE)));
        return out;
    }
}
