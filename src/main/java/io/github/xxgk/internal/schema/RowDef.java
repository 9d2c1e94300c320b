package io.github.xxgk.internal.schema;

import io.github.xxgk.internal.normalize.Ordinal;

import java.util.List;
import java.util.Objects;

/**
 * A row of a table: canonical key, official label (without its numbering), the block it sits in (the key of
 * its parent heading, or null), its ordinal within that block, and printed variants.
 */
public record RowDef(String key, String label, String block, Ordinal ordinal, List<String> aliases) {
    // equals and hashCode written out as the record would make them (same fields, same 31-based hash): the
    // generated ones link through method handles, a cost a one-file run pays at the first call and, with only the
    // C1 compiler (bin/xxgk), at every call; this record is compared or hashed thousands of times a report.

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RowDef r && Objects.equals(key, r.key) && Objects.equals(label, r.label)
                && Objects.equals(block, r.block) && Objects.equals(ordinal, r.ordinal) && aliases.equals(r.aliases);
    }

    @Override
    public int hashCode() {
        return (((Objects.hashCode(key) * 31 + Objects.hashCode(label)) * 31 + Objects.hashCode(block)) * 31
                + Objects.hashCode(ordinal)) * 31 + aliases.hashCode();
    }


    public RowDef {
        aliases = List.copyOf(aliases);
    }
}
