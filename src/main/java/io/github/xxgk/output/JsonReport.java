package io.github.xxgk.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.Report;
import io.github.xxgk.ReportCell;
import io.github.xxgk.ReportSection;
import io.github.xxgk.region.Identity;
import io.github.xxgk.validate.Finding;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One report as JSON: metadata, {@code identity} (the agency resolved to its division: {@code Report.identity()}),
 * {@code tables.t3.granted.total = {value, unit, raw, page}}, findings,
 * warnings and the narrative {@code sections} ({@code section, number, title, text}, as in {@link SectionsCsv}).
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static ObjectNode toJson(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
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

    public static void write(OutputStream out, Report r) throws IOException {
        MAPPER.writeValue(out, toJson(r));
    }
}
