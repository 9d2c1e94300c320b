package io.github.xxgk.internal.schema;

import io.github.xxgk.internal.normalize.Ordinal;
import io.github.xxgk.report.CellKey;
import io.github.xxgk.report.TableId;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.runtime.ObjectMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The records whose equals and hashCode (and Ordinal's toString) are written out must behave exactly as the
 * methods the JDK generates for a record: compared here with those, made by {@link ObjectMethods#bootstrap} over
 * the same components, on every row and column of both formats and on cell keys of every table.
 */
class WrittenOutRecordMethodsTest {

    @Test
    void rowsAndColumnsOfTheSchemaAsTheGeneratedMethods() throws Throwable {
        List<RowDef> rows = new ArrayList<>(Schema.T3_ALL_ROWS);
        rows.addAll(Schema.T3_BLOCKS);
        rows.addAll(Schema.T2_ROWS);
        rows.add(Schema.OTHER_SINGLE);
        rows.add(new RowDef(rows.get(0).key(), rows.get(0).label(), rows.get(0).block(), rows.get(0).ordinal(), List.of("别名")));
        rows.add(new RowDef(rows.get(0).key(), rows.get(0).label(), rows.get(0).block(), null, rows.get(0).aliases()));
        rows.add(new RowDef(rows.get(0).key(), rows.get(0).label(), rows.get(0).block(), rows.get(0).ordinal(), rows.get(0).aliases()));
        assertLikeGenerated(RowDef.class, rows);

        List<ColumnDef> cols = Stream.of(Schema.T2_COLUMNS_2021, Schema.T2_COLUMNS_2019, Schema.T3_COLUMNS, Schema.T4_COLUMNS)
                .flatMap(List::stream).collect(Collectors.toCollection(ArrayList::new));
        cols.add(new ColumnDef(cols.get(0).key(), cols.get(0).label(), cols.get(0).aliases(), "万元"));
        cols.add(new ColumnDef(cols.get(0).key(), cols.get(0).label(), cols.get(0).aliases(), cols.get(0).unit()));
        assertLikeGenerated(ColumnDef.class, cols);
    }

    @Test
    void cellKeysAndOrdinalsAsTheGeneratedMethods() throws Throwable {
        List<CellKey> keys = new ArrayList<>();
        for (TableId t : TableId.values()) {
            for (RowDef r : Schema.T3_ALL_ROWS) {
                keys.add(new CellKey(t, r.key(), Schema.T3_COLUMNS.get(0).key()));
                keys.add(new CellKey(t, r.key(), Schema.T3_COLUMNS.get(1).key()));
            }
        }
        keys.add(new CellKey(TableId.values()[0], null, "total"));
        assertLikeGenerated(CellKey.class, keys);

        List<Ordinal> ordinals = new ArrayList<>();
        for (Ordinal.Level level : Ordinal.Level.values()) {
            for (int n = 0; n < 12; n++) {
                ordinals.add(new Ordinal(level, n));
            }
        }
        ordinals.add(new Ordinal(null, 3));
        assertLikeGenerated(Ordinal.class, ordinals);
        MethodHandle toString = generated(Ordinal.class, "toString", MethodType.methodType(String.class, Ordinal.class));
        for (Ordinal o : ordinals) {
            assertEquals((String) toString.invoke(o), o.toString());
        }
    }

    private static <R extends Record> void assertLikeGenerated(Class<R> type, List<R> values) throws Throwable {
        MethodHandle equals = generated(type, "equals", MethodType.methodType(boolean.class, type, Object.class));
        MethodHandle hashCode = generated(type, "hashCode", MethodType.methodType(int.class, type));
        for (R a : values) {
            assertEquals((int) hashCode.invoke(a), a.hashCode(), () -> "hashCode of " + a);
            assertEquals(false, a.equals(null));
            assertEquals(false, a.equals("text"));
            for (R b : values) {
                assertEquals((boolean) equals.invoke(a, b), a.equals(b), () -> a + " equals " + b);
            }
        }
    }

    /** The method the JDK generates for a record of this type, over its components in order. */
    private static MethodHandle generated(Class<?> type, String name, MethodType methodType) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[components.length];
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < components.length; i++) {
            getters[i] = lookup.unreflect(components[i].getAccessor());
            names.append(i == 0 ? "" : ";").append(components[i].getName());
        }
        Object made = ObjectMethods.bootstrap(lookup, name, methodType, type, names.toString(), getters);
        return made instanceof java.lang.invoke.CallSite site ? site.getTarget() : (MethodHandle) made;
    }
}
