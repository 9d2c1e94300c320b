package io.github.xxgk.source;

import io.github.xxgk.XxgkException;
import io.github.xxgk.XxgkException.Reason;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Decides what an input is from its bytes and hands it to the reader for that kind. */
public final class Sources {

    private Sources() {
    }

    public static InputKind sniff(byte[] content) {
        if (content.length == 0) {
            return InputKind.EMPTY;
        }
        if (startsWith(content, 0, new byte[] {'%', 'P', 'D', 'F'}) || indexOf(content, "%PDF-", 1024) >= 0) {
            return InputKind.PDF;
        }
        if (startsWith(content, 0, new byte[] {'P', 'K', 3, 4})) {
            return isDocx(content) ? InputKind.DOCX : InputKind.ZIP;
        }
        if (startsWith(content, 0, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return InputKind.DOC;
        }
        if (isBlankText(content)) {
            return InputKind.EMPTY;
        }
        if (looksLikeHtml(content)) {
            return InputKind.HTML;
        }
        return looksLikeText(content) ? InputKind.TEXT : InputKind.BINARY;
    }

    /** Reads an input of any supported kind. */
    public static SourceDocument read(byte[] content, String name) throws XxgkException {
        InputKind kind = sniff(content);
        return switch (kind) {
            case EMPTY -> throw new XxgkException(Reason.EMPTY, name, "empty file");
            case TEXT -> new TextSource().read(content, name);
            case HTML -> new HtmlSource().read(content, name);
            case DOCX -> new DocxSource().read(content, name);
            case PDF -> new PdfSource().read(content, name);
            case DOC -> new DocSource().read(content, name);
            case ZIP -> throw new XxgkException(Reason.UNSUPPORTED_INPUT, name,
                    "a ZIP archive, not a report (unpack it and give the files inside)");
            case BINARY -> throw new XxgkException(Reason.UNSUPPORTED_INPUT, name,
                    "binary content that is neither PDF, Word, HTML nor text");
        };
    }

    private static boolean isDocx(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 200) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static boolean looksLikeHtml(byte[] content) {
        int n = Math.min(content.length, 8192);
        String head = new String(content, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String trimmed = head.replaceFirst("^(\\xef\\xbb\\xbf|\\xff\\xfe|\\xfe\\xff)?\\s*", "");
        if (!trimmed.startsWith("<")) {
            return false;
        }
        return head.contains("<html") || head.contains("<!doctype") || head.contains("<body") || head.contains("<table")
                || head.contains("<div") || head.contains("<p") || head.contains("<meta") || head.contains("<head");
    }

    private static boolean isBlankText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xff;
            if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF)) {
                return false;
            }
        }
        return true;
    }

    /** Text has few control characters; a BOM'd UTF-16 file also counts. */
    private static boolean looksLikeText(byte[] content) {
        if (startsWith(content, 0, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(content, 0, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return true;
        }
        int n = Math.min(content.length, 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = content[i] & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control * 100 < n;
    }

    private static boolean startsWith(byte[] a, int off, byte[] prefix) {
        if (a.length < off + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] a, String needle, int limit) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(a.length, limit) - n.length;
        for (int i = 0; i <= end; i++) {
            if (startsWith(a, i, n)) {
                return i;
            }
        }
        return -1;
    }
}
