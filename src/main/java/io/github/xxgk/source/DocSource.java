package io.github.xxgk.source;

import io.github.xxgk.XxgkException;
import io.github.xxgk.XxgkException.Reason;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * An OLE2 (old Office) file. Legacy Word (.doc) tables are not read: their merged cells have no grid in the
 * file format, and a half-right grid would put numbers in the wrong columns silently, so such a file is
 * refused with a clear message to convert it to .docx. The container is opened to say what the file really
 * is: a password-protected Office file (an encrypted .docx is stored this way too), an Excel or PowerPoint
 * file, or a legacy Word document.
 */
final class DocSource implements ReportSource {

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new XxgkException(Reason.ENCRYPTED, name,
                        "a password-protected Office document: remove the password (or save an unprotected copy) and try again");
            }
            if (root.hasEntry("WordDocument")) {
                throw new XxgkException(Reason.UNSUPPORTED_INPUT, name,
                        "legacy .doc: convert it to .docx (Word or LibreOffice: Save As .docx)");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "an Excel workbook (.xls), not a report document");
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "a PowerPoint file (.ppt), not a report document");
            }
            throw new XxgkException(Reason.UNSUPPORTED_INPUT, name, "an old-format Office (OLE2) file that is not a Word document");
        } catch (IOException | RuntimeException e) {
            throw new XxgkException(Reason.CORRUPT, name, null,
                    "a damaged old-format Office (OLE2) file: " + e.getMessage(), e);
        }
    }
}
