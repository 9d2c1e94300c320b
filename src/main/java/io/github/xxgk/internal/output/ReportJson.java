package io.github.xxgk.internal.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.report.NarrativePart;
import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.ReportSection;
import io.github.xxgk.report.Identity;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.report.TableId;
import io.github.xxgk.report.CellCrop;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.report.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place a {@link Report} is written as JSON and read back, in its two forms. The document form
 * ({@code --json}): metadata, {@code identity} (the agency resolved: {@code Report.identity()}),
 * {@code tables.t3.granted.total = {value, unit, raw, page}}, findings, warnings and
 * the narrative {@code sections} ({@code section, number, title, text}, as in {@link SectionsCsv}). The compact
 * form (the batch journal, and the Spark job's journal column): arrays in a fixed order, written and parsed with
 * jackson-core's streaming API alone. The review page writes its own projection (layout slots and the batch's
 * cross-year checks), not a report.
 */
public final class ReportJson {

    /**
     * databind, which only the document form uses, is loaded on first use: the journal runs at every start and
     * databind's ObjectMapper loads some 340 classes.
     */
    private static final class Pretty {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private ReportJson() {
    }

    /** The document form, as {@code --json} writes a report: nested objects, {@code tables.t3.granted.total}. */
    public static ObjectNode toDocument(Report r) {
        ObjectNode root = Pretty.MAPPER.createObjectNode();
        root.put("source", r.source());
        root.put("kind", r.kind().code());
        root.put("pages", r.pages());
        root.put("agency", r.agency());
        if (r.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", r.year());
        }
        root.put("format", r.format().code());
        root.put("ocrPages", r.ocrPages());
        identity(root.putObject("identity"), r.identity());
        ObjectNode tables = root.putObject("tables");
        for (ReportCell c : r.cells()) {
            ObjectNode table = tables.has(c.key().table().code()) ? (ObjectNode) tables.get(c.key().table().code())
                    : tables.putObject(c.key().table().code());
            ObjectNode row = table.has(c.key().row()) ? (ObjectNode) table.get(c.key().row()) : table.putObject(c.key().row());
            ObjectNode cell = row.putObject(c.key().col());
            if (c.value() == null) {
                cell.putNull("value");
            } else {
                cell.put("value", c.value());
            }
            cell.put("unit", c.value() == null ? "" : c.unit());
            cell.put("raw", c.raw());
            if (c.page() != null) {
                cell.put("page", c.page());
            }
            if (c.ocr() != null) {
                // how sure OCR was: the lowest character confidence, and a second reading that differed
                cell.put("confidence", Math.round(c.ocr().confidence() * 10) / 10.0);
                if (c.ocr().otherReading() != null) {
                    cell.put("otherReading", c.ocr().otherReading());
                }
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("check", f.check());
            o.put("status", f.status().code());
            ArrayNode cells = o.putArray("cells");
            f.cells().forEach(k -> cells.add(k.toString()));
            o.put("left", f.left());
            o.put("right", f.right());
            o.put("message", f.message());
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ArrayNode sections = root.putArray("sections");
        for (ReportSection s : r.sections()) {
            ObjectNode o = sections.addObject();
            o.put("section", s.part().code());
            o.put("number", s.number());
            o.put("title", s.title());
            o.put("text", s.text());
        }
        return root;
    }

    /** Writes the document form, indented. */
    /** {@link Identity}'s components, codes in lower case; null where not known. */
    private static void identity(ObjectNode o, Identity id) {
        o.put("agency", id.agency());
        o.put("kind", id.kind().code());
        o.put("level", id.level() == null ? null : id.level().code());
        o.put("regionCode", id.regionCode());
        o.put("province", id.province());
        o.put("prefecture", id.prefecture());
        o.put("county", id.county());
        o.put("township", id.township());
        o.put("townshipCode", id.townshipCode());
        o.put("note", id.note());
    }

    public static void writeDocument(OutputStream out, Report r) throws IOException {
        Pretty.MAPPER.writeValue(out, toDocument(r));
    }


    /**
     * The compact form, as the batch journal stores a report: the cells, findings and sections as arrays, every
     * number as its exact decimal text, so that a report read back gives the same outputs to the byte.
     */
    public static void writeCompact(JsonGenerator g, Report r) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().code());
        g.writeNumberField("pages", r.pages());
        g.writeStringField("agency", r.agency());
        if (r.year() != null) {
            g.writeNumberField("year", r.year());
        }
        g.writeStringField("format", r.format().code());
        g.writeBooleanField("otherSplit", r.otherSplit());
        g.writeNumberField("ocrPages", r.ocrPages());
        // a named OCR'd cell keeps the crop it was read from, for the review page; no other cell needs one
        java.util.Set<CellKey> named = new java.util.HashSet<>();
        r.failures().forEach(f -> named.addAll(f.cells()));
        g.writeArrayFieldStart("cells");
        for (ReportCell c : r.cells()) {
            g.writeStartArray();
            g.writeString(c.key().table().code());
            g.writeString(c.key().row());
            g.writeString(c.key().col());
            g.writeString(c.value() == null ? null : c.value().toPlainString());
            g.writeString(c.unit());
            g.writeString(c.raw());
            if (c.page() == null) {
                g.writeNull();
            } else {
                g.writeNumber(c.page());
            }
            if (c.ocr() != null) {
                g.writeNumber(c.ocr().confidence());
                g.writeString(c.ocr().otherReading());
                g.writeString(c.ocr().why());
                if (c.ocr().crop() != null && named.contains(c.key())) {
                    g.writeNumber(c.ocr().crop().width());
                    g.writeBinary(c.ocr().crop().grey());
                }
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            g.writeStartArray();
            g.writeString(f.check());
            g.writeString(f.status().code());
            g.writeStartArray();
            for (CellKey k : f.cells()) {
                g.writeString(k.toString());
            }
            g.writeEndArray();
            g.writeString(f.left() == null ? null : f.left().toPlainString());
            g.writeString(f.right() == null ? null : f.right().toPlainString());
            g.writeString(f.message());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (String w : r.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sections");
        for (ReportSection s : r.sections()) {
            g.writeStartArray();
            g.writeString(s.part().code());
            g.writeString(s.number());
            g.writeString(s.title());
            g.writeString(s.text());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A cell's crop as the compact form holds it: its width, then its grey pixels (base64). */
    private static CellCrop crop(List<?> a) {
        int w = ((Number) a.get(10)).intValue();
        byte[] grey = java.util.Base64.getDecoder().decode((String) a.get(11));
        return w > 0 && grey.length > 0 && grey.length % w == 0 ? new CellCrop(w, grey.length / w, grey) : null;
    }

    /**
     * A report from the compact form, as a streaming parse gives it (maps, lists, strings and numbers);
     * {@code source} is the input's name, which the compact form does not hold (one entry serves every copy of
     * the content). Throws a RuntimeException when the form is damaged.
     */
    public static Report readCompact(Map<?, ?> o, String source) {
        List<ReportCell> cells = new ArrayList<>();
        for (Object x : (List<?>) o.get("cells")) {
            List<?> a = (List<?>) x;
            cells.add(new ReportCell(new CellKey(TableId.ofCode((String) a.get(0)), (String) a.get(1), (String) a.get(2)),
                    decimal(a.get(3)), (String) a.get(4), (String) a.get(5), a.get(6) == null ? null : ((Number) a.get(6)).intValue(),
                    a.size() > 7 ? new OcrNote((float) ((Number) a.get(7)).doubleValue(), (String) a.get(8),
                            a.size() > 9 ? (String) a.get(9) : null, a.size() > 11 ? crop(a) : null) : null));
        }
        List<Finding> findings = new ArrayList<>();
        for (Object x : (List<?>) o.get("findings")) {
            List<?> a = (List<?>) x;
            List<CellKey> keys = new ArrayList<>();
            for (Object k : (List<?>) a.get(2)) {
                keys.add(CellKey.parse((String) k));
            }
            findings.add(new Finding((String) a.get(0), findingStatus((String) a.get(1)), keys, decimal(a.get(3)),
                    decimal(a.get(4)), (String) a.get(5)));
        }
        List<String> warnings = new ArrayList<>();
        for (Object w : (List<?>) o.get("warnings")) {
            warnings.add((String) w);
        }
        List<ReportSection> sections = new ArrayList<>();
        for (Object x : (List<?>) o.get("sections")) {
            List<?> a = (List<?>) x;
            sections.add(new ReportSection(NarrativePart.ofCode((String) a.get(0)), (String) a.get(1), (String) a.get(2),
                    (String) a.get(3)));
        }
        Object year = o.get("year");
        Object ocrPages = o.get("ocrPages");
        return new Report(source, kind((String) o.get("kind")), ((Number) o.get("pages")).intValue(), (String) o.get("agency"),
                year == null ? null : ((Number) year).intValue(), Format.ofCode((String) o.get("format")),
                Boolean.TRUE.equals(o.get("otherSplit")), cells, findings, warnings, sections,
                ocrPages == null ? 0 : ((Number) ocrPages).intValue());
    }

    private static BigDecimal decimal(Object n) {
        return n == null ? null : new BigDecimal((String) n);
    }

    private static InputKind kind(String code) {
        for (InputKind k : InputKind.values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind " + code);
    }

    private static Finding.Status findingStatus(String code) {
        for (Finding.Status s : Finding.Status.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown finding status " + code);
    }
}
