package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.internal.source.model.Hints;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.source.ocr.Pictures.Picture;

import java.util.List;

/**
 * Reads a report given as a picture file (a scan saved as PNG, JPEG or a multi-page TIFF): each page of the
 * picture is read like a scanned PDF page, tables cell by cell, the title from the lines above the first
 * table. With OCR off, or where it cannot run, the report is needs-ocr.
 */
public final class PictureSource implements ReportSource {

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        if (Limits.current().ocr() == OcrMode.NEVER) {
            throw new XxgkException(Reason.NEEDS_OCR, name, "a picture, needs OCR (OCR is off)");
        }
        List<Picture> pages = PictureFiles.decode(content, name);
        try {
            Pictures.Read read = Pictures.read(pages, true, name);
            List<Row> rows = read.rows();
            if (rows.isEmpty()) {
                throw new XxgkException(Reason.EMPTY, name, "no text or table found in the picture");
            }
            return new SourceDocument(name, InputKind.IMAGE, rows, pages.size(),
                    Hints.NONE.withOcrPages(pages.size()).withOcrLines(read.lines()));
        } catch (OcrUnavailableException e) {
            throw new XxgkException(Reason.NEEDS_OCR, name, null, "a picture, needs OCR (" + e.getMessage() + ")", e);
        }
    }
}
