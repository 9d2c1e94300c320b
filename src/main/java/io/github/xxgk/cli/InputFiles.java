package io.github.xxgk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: a file stands for itself; a folder for the report files below it
 * (recursive, sorted, so that runs are repeatable). In a folder, files with other extensions (.json, .csv,
 * images) are not reports and are left out; what a file is gets decided from its content later.
 */
public final class InputFiles {

    private static final Set<String> REPORT_EXTENSIONS =
            Set.of("pdf", "txt", "text", "htm", "html", "shtml", "xhtml", "docx", "doc", "wps", "");

    private InputFiles() {
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> isReportName(p.getFileName().toString()))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /** Whether a file of this name (no folder) found in a folder is taken as a report: not hidden, a report's extension. */
    public static boolean isReportName(String fileName) {
        return !fileName.startsWith(".") && REPORT_EXTENSIONS.contains(extension(fileName));
    }

    static String extension(Path p) {
        return extension(p.getFileName().toString());
    }

    /** The lower-case extension of a file name ("" for none). */
    public static String extension(String n) {
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
