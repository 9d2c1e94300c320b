package io.github.xxgk.internal.schema;

import java.util.List;
import java.util.Objects;

/** A value column: canonical key, official label, printed variants, and the unit its header fixes (or ""). */
public record ColumnDef(String key, String label, List<String> aliases, String unit) {
    // equals and hashCode written out as the record would make them (same fields, same 31-based hash): the
    // generated ones link through method handles, a cost a one-file run pays at the first call and, with only the
    // C1 compiler (bin/xxgk), at every call; this record is compared or hashed thousands of times a report.

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ColumnDef c && Objects.equals(key, c.key) && Objects.equals(label, c.label)
                && aliases.equals(c.aliases) && Objects.equals(unit, c.unit);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(key) * 31 + Objects.hashCode(label)) * 31 + aliases.hashCode()) * 31
                + Objects.hashCode(unit);
    }


    public ColumnDef {
        aliases = List.copyOf(aliases);
    }

    static ColumnDef of(String key, String label, String... aliases) {
        return new ColumnDef(key, label, List.of(aliases), "");
    }
}
