package io.github.xxgk.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed tables' columns as docs/spark.md lists them for pandas, R and Spark SQL: four types only, and one type
 * per column name across the tables but for {@code cells} (status's count, findings' list of cell keys).
 */
class OutputTableTest {

    private static final Set<DataType> DOCUMENTED = Set.of(DataTypes.IntegerType, DataTypes.LongType,
            DataTypes.createDecimalType(24, 6), DataTypes.StringType);

    @Test
    void fourTypesAndOneTypePerNameButCells() {
        Map<String, Set<DataType>> types = new HashMap<>();
        for (OutputTable t : OutputTable.values()) {
            for (StructField f : t.schema(true).fields()) {
                assertTrue(DOCUMENTED.contains(f.dataType()), t + "." + f.name() + ": " + f.dataType());
                types.computeIfAbsent(f.name(), k -> new HashSet<>()).add(f.dataType());
            }
        }
        Set<String> twoTypes = new TreeSet<>();
        types.forEach((name, ts) -> {
            if (ts.size() > 1) {
                twoTypes.add(name);
            }
        });
        assertEquals(Set.of("cells"), twoTypes);
        assertEquals(DataTypes.IntegerType, OutputTable.STATUS.schema(true).apply("cells").dataType());
        assertEquals(DataTypes.StringType, OutputTable.FINDINGS.schema(true).apply("cells").dataType());
        // the panel: counts bigint, the t2 amounts decimal, whatever the table
        var panel = OutputTable.PANEL.schema(true);
        for (String amount : List.of("t2.administrative_fees.amount", "t2.centralized_procurement.procurement_amount")) {
            assertEquals(DataTypes.createDecimalType(24, 6), panel.apply(amount).dataType(), amount);
        }
        assertEquals(DataTypes.LongType, panel.apply("t4.review.upheld").dataType());
    }
}
