package io.github.xxgk.internal.source;

import io.github.xxgk.internal.source.model.ReaderErrors;
import io.github.xxgk.internal.source.model.TextDecoder;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.word.DocSource;
import io.github.xxgk.internal.source.word.DocxSource;
import io.github.xxgk.internal.source.html.HtmlSource;
import io.github.xxgk.internal.source.pdf.PdfSource;
import io.github.xxgk.internal.source.ocr.PictureFiles;
import io.github.xxgk.internal.source.ocr.PictureSource;
import io.github.xxgk.internal.source.text.TextSource;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;

import io.github.xxgk.internal.guard.HtmlDepth;
import io.github.xxgk.report.Limits;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        if (PictureFiles.isPicture(content)) {
            return InputKind.IMAGE;
        }
        if (isBlankText(content)) {
            return InputKind.EMPTY;
        }
        if (looksLikeHtml(content)) {
            return InputKind.HTML;
        }
        return looksLikeText(content) ? InputKind.TEXT : InputKind.BINARY;
    }

    /**
     * Reads an input of any supported kind, decided by its content. Whatever a reader or its library throws
     * ends here as an {@link XxgkException}: a dependency choking on damaged bytes is {@code corrupt}, a
     * failure inside xxgk's own code is {@code error}, memory exhaustion is {@code too-large}.
     */
    public static SourceDocument read(byte[] content, String name) throws XxgkException {
        InputKind kind = sniff(content);
        Limits limits = Limits.current();
        if (content.length > limits.maxBytes()) {
            throw new XxgkException(Reason.TOO_LARGE, name, content.length + " bytes, more than the limit of " + limits.maxBytes());
        }
        try {
            return readKind(kind, content, name, limits);
        } catch (XxgkException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new XxgkException(Reason.TOO_LARGE, name, null,
                    "reading this " + kind.code() + " needs more memory than is available", e);
        } catch (StackOverflowError e) {
            throw new XxgkException(Reason.CORRUPT, name, null,
                    "this " + kind.code() + " is nested too deeply to read", e);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            if (thrownByXxgk(e)) {
                throw new XxgkException(Reason.INTERNAL, name, null, "internal error reading this " + kind.code() + ": " + ReaderErrors.oneLine(e), e);
            }
            throw new XxgkException(Reason.CORRUPT, name, null, "damaged " + kind.code() + ": " + ReaderErrors.oneLine(e), e);
        }
    }

    private static SourceDocument readKind(InputKind kind, byte[] content, String name, Limits limits) throws XxgkException {
        return switch (kind) {
            case EMPTY -> throw new XxgkException(Reason.EMPTY, name, "empty file" + (content.length == 0 ? "" : " (only blanks)"));
            case TEXT -> new TextSource().read(content, name);
            case HTML -> {
                checkHtml(content, name, limits);
                yield new HtmlSource().read(content, name);
            }
            case DOCX -> new DocxSource().read(content, name);
            case PDF -> new PdfSource().read(content, name);
            case DOC -> new DocSource().read(content, name);
            case IMAGE -> new PictureSource().read(content, name);
            case ZIP -> throw new XxgkException(Reason.UNSUPPORTED_INPUT, name,
                    "a ZIP archive, not a report (unpack it and give the files inside)");
            case BINARY -> throw new XxgkException(Reason.UNSUPPORTED_INPUT, name,
                    "binary content that is neither PDF, Word, HTML, a picture nor text");
        };
    }

    /**
     * When the name promises one kind and the content is another (a {@code .pdf} that is an HTML error page or a
     * ZIP), a phrase saying so, for the start of a message; null when they agree or the name says nothing.
     */
    public static String mismatch(String name, InputKind kind) {
        if (name == null || kind == InputKind.EMPTY) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0 || dot < lower.lastIndexOf('/') || dot < lower.lastIndexOf('\\')) {
            return null;
        }
        String ext = lower.substring(dot + 1);
        InputKind expected = switch (ext) {
            case "pdf" -> InputKind.PDF;
            case "docx" -> InputKind.DOCX;
            case "doc", "wps" -> InputKind.DOC;
            case "html", "htm", "shtml", "xhtml" -> InputKind.HTML;
            case "zip" -> InputKind.ZIP;
            case "png", "jpg", "jpeg", "tif", "tiff", "gif" -> InputKind.IMAGE;
            default -> null;
        };
        if (expected == null || expected == kind || (expected == InputKind.DOC && kind == InputKind.DOCX)
                || (expected == InputKind.DOCX && kind == InputKind.DOC) || (expected == InputKind.HTML && kind == InputKind.TEXT)) {
            return null;
        }
        return "named ." + ext + " but the content is " + describe(kind) + ": ";
    }

    private static String describe(InputKind kind) {
        return switch (kind) {
            case PDF -> "a PDF";
            case HTML -> "an HTML page";
            case DOCX -> "a Word (.docx) document";
            case DOC -> "an old Word (.doc) / OLE2 file";
            case ZIP -> "a ZIP archive";
            case IMAGE -> "a picture";
            case TEXT -> "plain text";
            case BINARY -> "unknown binary data";
            case EMPTY -> "empty";
        };
    }

    /** Error pages from a failed download (404, 403, 访问受限…) are not reports; and absurd nesting is refused before parsing. */
    private static void checkHtml(byte[] content, String name, Limits limits) throws XxgkException {
        int depth = HtmlDepth.maxDepth(content);
        if (depth > limits.maxHtmlDepth()) {
            throw new XxgkException(Reason.TOO_LARGE, name,
                    "HTML nested " + depth + " levels deep, more than the limit of " + limits.maxHtmlDepth());
        }
        if (content.length <= 64 * 1024) {
            String text = TextDecoder.decode(content);
            if (!text.contains("公开") && !text.contains("年度报告")) {
                Matcher m = ERROR_PAGE.matcher(text);
                if (m.find()) {
                    throw new XxgkException(Reason.NOT_A_REPORT, name,
                            "an HTML error page (\u201c" + m.group().strip() + "\u201d), not a report: the download probably failed");
                }
            }
        }
    }

    private static final Pattern ERROR_PAGE = Pattern.compile(
            "(?i)\\b(?:40[0134]|50[0234])\\b[^<\\n]{0,40}|not found|forbidden|access denied|bad gateway|service unavailable|"
                    + "页面不存在|找不到(?:该|您|页面)|访问受限|无权访问|禁止访问|服务器错误|页面出错|网页不存在");

    static boolean thrownByXxgk(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return st.length > 0 && st[0].getClassName().startsWith("io.github.xxgk.");
    }

    /**
     * A ZIP is a Word document when it names {@code word/document.xml}. Names in a ZIP are stored uncompressed
     * (in each local header and the central directory), so a byte search decides it without inflating
     * anything: sniffing a zip bomb costs nothing.
     */
    private static boolean isDocx(byte[] content) {
        return indexOf(content, "word/document.xml", content.length) >= 0;
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
