package io.github.xxgk.internal.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A folder batch lists pictures as reports, but not the pictures of a saved web page (X_files/ beside X.html). */
class InputFilesTest {

    @Test
    void savedPagePicturesArePartOfThePage(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("imgpage.html"), "<html></html>");
        Path folder = Files.createDirectories(dir.resolve("imgpage_files"));
        Files.write(folder.resolve("t0.jpg"), new byte[] {1});
        Path scan = Files.write(dir.resolve("scan.tif"), new byte[] {1});
        // a folder named like a page's but with no page beside it is an ordinary folder
        Path orphan = Files.createDirectories(dir.resolve("other_files"));
        Path alone = Files.write(orphan.resolve("page1.png"), new byte[] {1});
        assertEquals(List.of(page, alone, scan), InputFiles.expand(List.of(dir)));
    }
}
