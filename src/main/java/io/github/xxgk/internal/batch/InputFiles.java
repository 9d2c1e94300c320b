package io.github.xxgk.internal.batch;

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
 * fonts) are not reports and are left out; what a file is gets decided from its content later. Pictures are
 * reports (a scan saved as PNG, JPEG or TIFF), except those in a saved web page's folder ({@code X_files/}
 * beside {@code X.html}, as browsers save a page): they are part of that page, read with it.
 */
public final class InputFiles {

    private static final Set<String> REPORT_EXTENSIONS =
            Set.of("pdf", "txt", "text", "htm", "html", "shtml", "xhtml", "docx", "doc", "wps", "png", "jpg", "jpeg", "tif",
                    "tiff", "gif", "");

    private static final Set<String> PAGE_EXTENSIONS = Set.of("htm", "html", "shtml", "xhtml", "mht", "mhtml");

    /** The suffixes browsers give the folder of a saved page's files (Chrome and Firefox; old Internet Explorer). */
    private static final List<String> PAGE_FOLDER_SUFFIXES = List.of("_files", ".files");

    private InputFiles() {
    }

    /** Each input file as itself, each folder as the report files below it, in a repeatable order. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> isReportName(p.getFileName().toString()))
                            .filter(p -> !inSavedPageFolder(in, p))
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

    /**
     * Whether the file lies in the folder of a saved web page below {@code root}: a folder {@code X_files}
     * (or {@code X.files}) with a page {@code X.html} (or .htm, …) beside it.
     */
    static boolean inSavedPageFolder(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            String page = pageOfFolder(dir.getFileName().toString());
            if (page == null) {
                continue;
            }
            for (String ext : PAGE_EXTENSIONS) {
                if (Files.isRegularFile(dir.resolveSibling(page + "." + ext))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The page name a folder's name gives when it is named as browsers name a saved page's folder
     * ({@code report} for {@code report_files}), or null.
     */
    public static String pageOfFolder(String folderName) {
        for (String suffix : PAGE_FOLDER_SUFFIXES) {
            if (folderName.length() > suffix.length() && folderName.endsWith(suffix)) {
                return folderName.substring(0, folderName.length() - suffix.length());
            }
        }
        return null;
    }

    static String extension(Path p) {
        return extension(p.getFileName().toString());
    }

    /** The lower-case extension of a file name ("" for none). */
    public static String extension(String n) {
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The same file named twice (a folder and a file in it) is one input: the first naming is kept. */
    public static List<Path> distinct(List<Path> files) {
        Set<Path> seen = new java.util.LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (seen.add(f.toAbsolutePath().normalize())) {
                out.add(f);
            }
        }
        return out;
    }
}
