package io.github.xxgk.source.pdf;

import io.github.xxgk.grid.GridMapper;
import io.github.xxgk.grid.MappedTables;
import io.github.xxgk.source.SourceDocument;

import java.nio.file.Files;
import java.nio.file.Path;

/** Developer tool: the format, shape and warnings the grid stage gives a PDF, and its rows. */
public final class DebugMapped {

    public static void main(String[] args) throws Exception {
        SourceDocument d = PdfReader.read(Files.readAllBytes(Path.of(args[0])), args[0]);
        MappedTables m = GridMapper.map(d);
        System.out.println("format " + m.format() + " split " + m.otherSplit() + " cells " + m.cells().size());
        m.unmatched().forEach(w -> System.out.println("  " + w));
        if (args.length > 1) {
            System.out.print(PdfLayout.dump(d.rows()));
        }
    }
}
