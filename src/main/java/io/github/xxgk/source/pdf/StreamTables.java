package io.github.xxgk.source.pdf;

import java.util.List;

/** Unruled tables (placeholder while the lattice path is built). */
final class StreamTables {

    private StreamTables() {
    }

    static List<Block> find(PageObjects page, List<Glyph> free, List<Glyph> rest) {
        rest.addAll(free);
        return List.of();
    }
}
