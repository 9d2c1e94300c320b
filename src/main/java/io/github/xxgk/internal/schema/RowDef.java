package io.github.xxgk.internal.schema;

import io.github.xxgk.internal.normalize.Ordinal;

import java.util.List;

/**
 * A row of a table: canonical key, official label (without its numbering), the block it sits in (the key of
 * its parent heading, or null), its ordinal within that block, and printed variants.
 */
public record RowDef(String key, String label, String block, Ordinal ordinal, List<String> aliases) {

    public RowDef {
        aliases = List.copyOf(aliases);
    }
}
