package io.github.xxgk.internal.source.word;

import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.model.ReaderErrors;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * An OLE2 (old Office) file. A legacy Word binary (.doc, or a .wps that WPS Office saved as one) is read by
 * {@link WordBinarySource}; anything else in the container is named: a password-protected Office file (an
 * encrypted .docx is stored this way too), an Excel or PowerPoint file, a Microsoft Works document.
 */
public final class DocSource implements ReportSource {

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new XxgkException(Reason.ENCRYPTED, name,
                        "a password-protected Office document: remove the password (or save an unprotected copy) and try again");
            }
            if (root.hasEntry("WordDocument")) {
                return WordBinarySource.read(fs, name);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "an Excel workbook (.xls), not a report document");
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "a PowerPoint file (.ppt), not a report document");
            }
            if (root.hasEntry("CONTENTS") || root.hasEntry("MatOST")) {
                throw new XxgkException(Reason.UNSUPPORTED_INPUT, name,
                        "a Microsoft Works document, not a Word binary: save it as .docx and try again");
            }
            throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "an old-format Office (OLE2) file that is not a Word document");
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new XxgkException(Reason.ENCRYPTED, name, null,
                    "a password-protected Word document: remove the password (or save an unprotected copy) and try again", e);
        } catch (IOException | RuntimeException e) {
            throw new XxgkException(Reason.CORRUPT, name, null,
                    "a damaged old-format Office (OLE2) file: " + ReaderErrors.oneLine(e), e); // POI's messages span lines
        }
    }
}
