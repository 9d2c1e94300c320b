package io.github.xxgk.internal.source.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The traineddata files xxgk ships as resources (Debian's tessdata_fast chi_sim and eng, Apache-2.0, see the
 * NOTICE beside them). Tesseract reads models from a folder, so they are copied once per JVM into a temporary
 * folder that is removed at exit.
 */
final class Tessdata {

    static final String[] LANGUAGES = {"chi_sim", "eng"};

    private static volatile Path dir;

    private Tessdata() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path d = Files.createTempDirectory("xxgk-tessdata");
                d.toFile().deleteOnExit();
                for (String lang : LANGUAGES) {
                    Path f = d.resolve(lang + ".traineddata");
                    try (InputStream in = Tessdata.class.getResourceAsStream("tessdata/" + lang + ".traineddata")) {
                        if (in == null) {
                            throw new IOException("resource tessdata/" + lang + ".traineddata missing from the jar");
                        }
                        Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
                    }
                    f.toFile().deleteOnExit();
                }
                dir = d;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unpack the OCR models: " + e.getMessage(), e);
            }
        }
        return dir;
    }
}
