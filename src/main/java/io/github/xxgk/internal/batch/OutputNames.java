package io.github.xxgk.internal.batch;

import java.nio.file.Path;

/**
 * File names for per-report outputs: the input's path with separators flattened, so that
 * corpus/009/writer.pdf and corpus/012/writer.pdf don't overwrite each other.
 */
public final class OutputNames {

    private OutputNames() {
    }

    public static String of(Path input, String suffix) {
        Path p = input.normalize();
        StringBuilder sb = new StringBuilder();
        for (Path part : p) {
            String s = part.toString();
            if (s.equals("..") || s.equals(".")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('_');
            }
            sb.append(s.replaceAll("[\\\\/:*?\"<>|\\s]", "_"));
        }
        return sb + suffix;
    }
}
