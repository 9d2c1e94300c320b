package io.github.xxgk.cli;

import io.github.xxgk.Xxgk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Identifies the build that runs: the size and time of the jar (or of the newest class in a classes folder).
 * Journal entries of another build are not trusted, so a rebuilt xxgk extracts again instead of resuming with
 * what an older extractor found.
 */
final class BuildStamp {

    private static final String STAMP = compute();

    private BuildStamp() {
    }

    static String get() {
        return STAMP;
    }

    private static String compute() {
        try {
            var src = Xxgk.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return "unknown";
            }
            Path p = Path.of(src.getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
            }
            long newest = 0;
            long count = 0;
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : (Iterable<Path>) walk.filter(x -> x.toString().endsWith(".class"))::iterator) {
                    FileTime t = Files.getLastModifiedTime(f);
                    newest = Math.max(newest, t.toMillis());
                    count++;
                }
            }
            return count + ":" + newest;
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "unknown";
        }
    }
}
