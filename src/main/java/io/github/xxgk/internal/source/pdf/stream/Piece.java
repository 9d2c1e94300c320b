package io.github.xxgk.internal.source.pdf.stream;

/** A piece of label text on one line of a section, in label columns c0..c1 (set once the columns are known). */
final class Piece {
    final Chunk chunk;
    /** The piece's line, as an index into the section. */
    final int line;
    int c0;
    int c1;

    Piece(Chunk chunk, int line) {
        this.chunk = chunk;
        this.line = line;
    }
}
