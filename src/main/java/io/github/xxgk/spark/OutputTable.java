package io.github.xxgk.spark;

import io.github.xxgk.internal.output.FindingsCsv;
import io.github.xxgk.internal.output.LongCsv;
import io.github.xxgk.internal.output.PanelCsv;
import io.github.xxgk.internal.output.SectionsCsv;
import io.github.xxgk.internal.output.StatusCsv;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables the job writes, with the CLI's columns (the headers of {@link LongCsv}, {@link FindingsCsv},
 * {@link StatusCsv}, {@link PanelCsv}, {@link SectionsCsv}) and the CLI's values: every row is made by the same row builder as the
 * CSV line, then typed for Parquet (numbers as numbers, empty fields as null) or kept as text for CSV.
 */
enum OutputTable {
    LONG("long", LongCsv.HEADER),
    FINDINGS("findings", FindingsCsv.HEADER),
    STATUS("status", StatusCsv.HEADER),
    PANEL("panel", PanelCsv.header()),
    SECTIONS("sections", SectionsCsv.HEADER);

    /**
     * Amounts (t2's 收费金额 in 万元, 采购总金额 as printed) and the mixed columns (the long table's value, a
     * finding's sides): exact decimals with 18 digits before the point and 6 after, enough for a 万元 amount to the
     * 分. A published value that does not fit is an error, never rounded.
     */
    static final DecimalType DECIMAL = DataTypes.createDecimalType(24, 6);

    /** The t2 columns that hold money; every other cell is a count. */
    private static final java.util.Set<String> AMOUNT_COLUMNS = java.util.Set.of("amount", "procurement_amount");

    /** Columns that are numbers, per table; any other column is text. The panel's cells are counts or amounts. */
    private static final Map<String, DataType> LONG_NUMBERS = Map.of("year", DataTypes.IntegerType, "value", DECIMAL,
            "page", DataTypes.IntegerType);
    private static final Map<String, DataType> FINDINGS_NUMBERS = Map.of("left", DECIMAL, "right", DECIMAL);
    private static final Map<String, DataType> STATUS_NUMBERS = Map.of("bytes", DataTypes.LongType,
            "pages", DataTypes.IntegerType, "year", DataTypes.IntegerType, "cells", DataTypes.IntegerType,
            "failed_findings", DataTypes.IntegerType, "milliseconds", DataTypes.LongType, "ocr_pages", DataTypes.IntegerType);

    private final String dirName;
    private final String[] header;

    OutputTable(String dirName, String[] header) {
        this.dirName = dirName;
        this.header = header;
    }

    /** The table's folder under the output folder. */
    String dirName() {
        return dirName;
    }

    StructType schema(boolean typed) {
        List<StructField> fields = new ArrayList<>();
        for (String column : header) {
            fields.add(DataTypes.createStructField(column, typed ? type(column) : DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    private DataType type(String column) {
        Map<String, DataType> numbers = switch (this) {
            case LONG -> LONG_NUMBERS;
            case FINDINGS -> FINDINGS_NUMBERS;
            case STATUS -> STATUS_NUMBERS;
            case PANEL -> PanelCsv.LEADING.contains(column) ? Map.of("year", DataTypes.IntegerType) : Map.of(column, cellType(column));
            case SECTIONS -> Map.of("year", DataTypes.IntegerType);
        };
        return numbers.getOrDefault(column, DataTypes.StringType);
    }

    /** A panel cell column ({@code t2.administrative_fees.amount}): an amount is a decimal, a count a 64-bit integer. */
    private static DataType cellType(String column) {
        return AMOUNT_COLUMNS.contains(column.substring(column.lastIndexOf('.') + 1)) ? DECIMAL : DataTypes.LongType;
    }

    /**
     * One CSV line's fields as a row: text as is; "" as null (Spark's CSV writer writes null as an empty field,
     * as the CLI does); typed, numbers parsed.
     */
    Row row(List<String> fields, boolean typed) {
        if (fields.size() != header.length) {
            throw new IllegalStateException(name() + ": " + fields.size() + " fields for " + header.length + " columns");
        }
        Object[] values = new Object[header.length];
        for (int i = 0; i < header.length; i++) {
            String f = fields.get(i);
            if (f == null || f.isEmpty()) {
                values[i] = null;
            } else if (!typed) {
                values[i] = f;
            } else {
                values[i] = parse(type(header[i]), f, header[i], fields.get(0));
            }
        }
        return RowFactory.create(values);
    }

    private static Object parse(DataType type, String text, String column, String source) {
        if (type == DataTypes.IntegerType) {
            return Integer.valueOf(text);
        }
        if (type == DataTypes.LongType) {
            try {
                return new BigDecimal(text).longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(source + ": " + column + " " + text + " is no whole number that fits"
                        + " bigint; it is never rounded");
            }
        }
        if (type instanceof DecimalType d) {
            BigDecimal v = new BigDecimal(text);
            if (v.scale() > d.scale() || v.precision() - v.scale() > d.precision() - d.scale()) {
                throw new IllegalArgumentException(source + ": " + column + " " + text + " does not fit decimal("
                        + d.precision() + "," + d.scale() + ")");
            }
            return v;
        }
        return text;
    }
}
