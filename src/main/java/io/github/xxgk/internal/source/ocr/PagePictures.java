package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.model.Row;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.source.ocr.Pictures.Picture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The pictures of a document that stand for its tables (a web page saved with its {@code page_files/} folder, a
 * Word file with the tables pasted as pictures): each is read by OCR as a table alone, at screen resolution
 * unless the picture says otherwise, and gives table rows for its place in the text. A picture with no ruled
 * table in it (a logo, a photo) gives nothing. The title, agency and year come from the document's own text.
 *
 * <p>A web page's pictures are files beside it: only relative addresses inside the page's own folder are
 * read (never a path that climbs out of it, never the network), and {@code data:} pictures held in the page.
 */
public final class PagePictures {

    private static final Logger LOG = LoggerFactory.getLogger(PagePictures.class);

    /** Pictures smaller than this on a side are icons and rules, not tables. */
    private static final int MIN_SIDE = 40;

    private final Path folder;
    private final String name;
    private final boolean on;
    private int read;
    private String unavailable;

    /**
     * @param folder the folder that relative picture addresses are resolved in (the page's), or null when the
     *               document was given without a place (in memory)
     */
    public PagePictures(Path folder, String name) {
        this.folder = folder;
        this.name = name;
        this.on = Limits.current().ocr() != OcrMode.NEVER;
    }

    /** The folder of an input named by its path, when that file exists; null otherwise. */
    public static Path folderOf(String name) {
        if (name == null) {
            return null;
        }
        try {
            Path p = Path.of(name).toAbsolutePath().normalize();
            return Files.isRegularFile(p) ? p.getParent() : null;
        } catch (InvalidPathException | SecurityException e) {
            return null;
        }
    }

    /** How many pictures gave table rows. */
    public int read() {
        return read;
    }

    /** The rows of the picture at this address ({@code <img src>}); empty when it is not at hand or holds no table. */
    public List<Row> rowsOf(String src) throws XxgkException {
        if (!on || unavailable != null || src == null || src.isBlank()) {
            return List.of();
        }
        byte[] bytes = bytes(src.strip());
        if (bytes == null || !PictureFiles.isPicture(bytes)) {
            return List.of();
        }
        return rowsOf(bytes, src);
    }

    /** The rows of a picture held in the document (a Word file's embedded picture). */
    public List<Row> rowsOf(byte[] bytes, String what) throws XxgkException {
        if (!on || unavailable != null || !PictureFiles.isPicture(bytes)) {
            return List.of();
        }
        List<Picture> pictures;
        try {
            pictures = PictureFiles.decode(bytes, name + " (" + what + ")");
        } catch (XxgkException e) {
            if (e.reason() == Reason.TIMEOUT) {
                throw e;
            }
            LOG.warn("{}: picture {} not read: {}", name, what, e.getMessage());
            return List.of();
        }
        List<Picture> tables = new ArrayList<>();
        for (Picture p : pictures) {
            if (p.image().width() >= MIN_SIDE && p.image().height() >= MIN_SIDE) {
                tables.add(p);
            }
        }
        if (tables.isEmpty()) {
            return List.of();
        }
        List<Row> rows;
        try {
            rows = Pictures.rows(tables, false, name);
        } catch (OcrUnavailableException e) {
            unavailable = e.getMessage();
            LOG.warn("{}: pictures not read: {}", name, unavailable);
            return List.of();
        }
        if (!rows.isEmpty()) {
            read++;
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Row(r.cells(), 0, r.tableRow(), r.flow()));
        }
        return out;
    }

    /**
     * A picture that fills a table cell (a number pasted as a picture), read as that cell's text with its
     * confidence; null when it is not a picture, OCR is off or cannot run (the cell then stays as its text).
     */
    public Cell cellOf(byte[] bytes, String what) throws XxgkException {
        if (!on || unavailable != null || !PictureFiles.isPicture(bytes)) {
            return null;
        }
        try {
            List<Picture> pictures = PictureFiles.decode(bytes, name + " (" + what + ")");
            if (pictures.isEmpty()) {
                return null;
            }
            CellText t = Pictures.cell(pictures.get(0));
            read++;
            return Cell.ocr(t.text(), new OcrNote(t.confidence(), t.otherReading(), t.why(), null));
        } catch (OcrUnavailableException e) {
            unavailable = e.getMessage();
            LOG.warn("{}: pictures not read: {}", name, unavailable);
            return null;
        } catch (XxgkException e) {
            if (e.reason() == Reason.TIMEOUT) {
                throw e;
            }
            LOG.warn("{}: picture {} not read: {}", name, what, e.getMessage());
            return null;
        }
    }

    /** The bytes of a {@code data:} picture or of a file inside the page's folder; null when neither. */
    private byte[] bytes(String src) {
        if (src.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = src.indexOf(',');
            if (comma < 0 || !src.substring(0, comma).toLowerCase(java.util.Locale.ROOT).endsWith(";base64")) {
                return null;
            }
            try {
                return Base64.getMimeDecoder().decode(src.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (folder == null || src.contains(":") || src.startsWith("/") || src.startsWith("\\")) {
            return null; // the network, or a path not relative to the page
        }
        String path = src.replaceFirst("[?#].*$", "");
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = folder.resolve(path).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file) || Files.size(file) > Limits.current().maxBytes()) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            LOG.warn("{}: picture {} not read: {}", name, src, e.toString());
            return null;
        }
    }
}
