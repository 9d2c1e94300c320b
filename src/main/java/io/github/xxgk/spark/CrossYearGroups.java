package io.github.xxgk.spark;

import io.github.xxgk.report.Report;
import io.github.xxgk.internal.output.FindingsCsv;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.validate.CrossYearCheck;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The CLI's cross-year checks ({@link CrossYearCheck}, X-1/X-2) over the whole output, one agency at a time: the
 * checks only ever compare reports of one agency, so grouping by agency gives every pair the CLI's batch finds,
 * without collecting all reports on the driver. Within a group, reports are in the CLI's input order (sorted
 * paths), which decides the "first of several reports of a year".
 */
final class CrossYearGroups {

    /** What the checks read of one report: a few cells, as text, keyed by {@code t3.carried_over.total}. */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("agency_key", DataTypes.StringType, false),
            DataTypes.createStructField("agency", DataTypes.StringType, false),
            DataTypes.createStructField("year", DataTypes.IntegerType, false),
            DataTypes.createStructField("format", DataTypes.StringType, false),
            DataTypes.createStructField("cells", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false)));

    private CrossYearGroups() {
    }

    /** The summary row of a report, or none for one without an agency or a year (the checks skip those). */
    static List<Row> summary(Report r) {
        if (r == null || r.agency() == null || r.agency().isBlank() || r.year() == null) {
            return List.of();
        }
        Map<String, String> cells = new HashMap<>();
        CrossYearCheck.Summary.of(0, r).values().forEach((k, v) -> cells.put(k.toString(), v == null ? null : v.toPlainString()));
        return List.of(RowFactory.create(r.source(), r.agency().strip(), r.agency(), r.year(), r.format().code(),
                scala.jdk.javaapi.CollectionConverters.asScala(cells)));
    }

    /** The cross-year findings of one agency's reports, as rows of the findings table. */
    static Iterator<Row> check(Iterator<Row> rows, boolean typed) {
        List<Row> reports = new ArrayList<>();
        rows.forEachRemaining(reports::add);
        reports.sort(Comparator.comparing(r -> Path.of(r.getString(0))));
        List<CrossYearCheck.Summary> summaries = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Row r = reports.get(i);
            Map<CellKey, BigDecimal> values = new HashMap<>();
            r.<String, String>getJavaMap(5).forEach((k, v) -> values.put(CellKey.parse(k), v == null ? null : new BigDecimal(v)));
            summaries.add(new CrossYearCheck.Summary(i, r.getString(0), r.getString(2), r.getInt(3), Format.ofCode(r.getString(4)), values));
        }
        List<Row> out = new ArrayList<>();
        for (CrossYearCheck.Result x : CrossYearCheck.check(summaries)) {
            out.add(OutputTable.FINDINGS.row(FindingsCsv.row(x), typed));
        }
        return out.iterator();
    }
}
