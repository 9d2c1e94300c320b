package io.github.xxgk.internal.source.word;

import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.Sources;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocSourceTest {

    /** An OLE2 container holding streams of the given names, as Office writes them. */
    private static byte[] ole2(String... streams) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (String s : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[4096]), s);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static XxgkException fail(byte[] content) {
        return assertThrows(XxgkException.class, () -> Sources.read(content, "report.doc"));
    }

    /** A container that names a Word stream holding no Word binary is a damaged Word document, said so. */
    @Test
    void aWordStreamThatIsNoWordBinaryIsCorrupt() throws Exception {
        byte[] doc = ole2("WordDocument", "1Table");
        assertEquals(InputKind.DOC, Sources.sniff(doc));
        XxgkException e = fail(doc);
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertEquals("report.doc", e.source());
    }

    /** WPS Office saves a .wps as a Word binary: read like the .doc it is. */
    @Test
    void aWpsThatIsAWordBinaryIsRead() throws Exception {
        byte[] doc = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/corpus/002/source.doc"));
        io.github.xxgk.report.Report r = io.github.xxgk.Xxgk.extract(doc, "report.wps");
        io.github.xxgk.Truth truth = io.github.xxgk.Truth.load("002");
        assertEquals(truth.cells().size(), truth.right(r), truth.wrong(r));
        assertEquals(null, Sources.mismatch("report.wps", InputKind.DOC));
    }

    @Test
    void aWorksDocumentNamedWpsSaysWhatItIs() throws Exception {
        XxgkException e = assertThrows(XxgkException.class, () -> Sources.read(ole2("CONTENTS", "SPELLING"), "report.wps"));
        assertEquals(Reason.UNSUPPORTED_INPUT, e.reason());
        assertTrue(e.getMessage().contains("Microsoft Works"), e.getMessage());
    }

    @Test
    void passwordProtectedOfficeFileIsEncrypted() throws Exception {
        XxgkException e = fail(ole2("EncryptionInfo", "EncryptedPackage"));
        assertEquals(Reason.ENCRYPTED, e.reason());
    }

    @Test
    void otherOfficeFilesSayWhatTheyAre() throws Exception {
        XxgkException xls = fail(ole2("Workbook"));
        assertEquals(Reason.UNSUPPORTED_INPUT, xls.reason());
        assertTrue(xls.getMessage().contains("Excel"), xls.getMessage());
        assertTrue(fail(ole2("PowerPoint Document")).getMessage().contains("PowerPoint"));
    }

    @Test
    void damagedContainerIsCorrupt() throws Exception {
        byte[] doc = ole2("WordDocument");
        XxgkException e = fail(Arrays.copyOf(doc, 600));
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
    }
}
