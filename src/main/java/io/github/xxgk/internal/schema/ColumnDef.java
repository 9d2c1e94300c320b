package io.github.xxgk.internal.schema;

import java.util.List;

/** A value column: canonical key, official label, printed variants, and the unit its header fixes (or ""). */
public record ColumnDef(String key, String label, List<String> aliases, String unit) {

    public ColumnDef {
        aliases = List.copyOf(aliases);
    }

    static ColumnDef of(String key, String label, String... aliases) {
        return new ColumnDef(key, label, List.of(aliases), "");
    }
}
