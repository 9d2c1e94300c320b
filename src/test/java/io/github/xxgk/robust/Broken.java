package io.github.xxgk.robust;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Makes broken, hostile and wrong inputs out of the committed corpus fixtures. */
final class Broken {

    static final Path CORPUS = Path.of("fixtures", "corpus");

    private Broken() {
    }

    static byte[] fixture(String rel) throws IOException {
        return Files.readAllBytes(CORPUS.resolve(rel));
    }

    /** The first {@code n} bytes. */
    static byte[] truncate(byte[] b, int n) {
        return Arrays.copyOf(b, Math.max(0, Math.min(n, b.length)));
    }

    /** Offsets spread over the file: the very start, the header, quarters, the very end. */
    static int[] truncationOffsets(int length) {
        return Arrays.stream(new int[] {1, 7, 64, 512, 2048, length / 4, length / 2, (3 * length) / 4, length - 200, length - 1})
                .filter(o -> o > 0 && o < length).distinct().toArray();
    }

    /** {@code flips} random bits flipped, reproducibly from {@code seed}. */
    static byte[] flipBits(byte[] b, long seed, int flips) {
        byte[] out = b.clone();
        Random r = new Random(seed);
        for (int i = 0; i < flips; i++) {
            int at = r.nextInt(out.length);
            out[at] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    static byte[] htmlErrorPage() {
        return ("<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n<body><center><h1>404 Not Found</h1></center>"
                + "<hr><center>nginx</center></body></html>\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A ZIP holding one report, as a download that was packed. */
    static byte[] zipOf(String entryName, byte[] content) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        }
        return bos.toByteArray();
    }

    /** The PDF re-saved with a user password: it can't be opened without it. */
    static byte[] withUserPassword(byte[] pdf) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf)) {
            doc.setAllSecurityToBeRemoved(true);
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Every offset of the xref table and the startxref pointer overwritten with wrong digits of the same width. */
    static byte[] brokenXref(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(s);
        Matcher entry = Pattern.compile("(?m)^(\\d{10}) (\\d{5}) n").matcher(s);
        int changed = 0;
        while (entry.find()) {
            out.replace(entry.start(1), entry.end(1), String.format("%010d", (Long.parseLong(entry.group(1)) * 7 + 13) % 1_000_000));
            changed++;
        }
        Matcher start = Pattern.compile("startxref\\s+(\\d+)").matcher(s);
        while (start.find()) {
            String digits = start.group(1);
            out.replace(start.start(1), start.end(1), "9".repeat(digits.length()));
            changed++;
        }
        if (changed == 0) {
            throw new IllegalStateException("no xref found to break");
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF of {@code pages} pages of text, generated (about 1 KB a page). */
    static byte[] manyPages(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(PDType1Font.HELVETICA, 11);
                    cs.newLineAtOffset(72, 760);
                    cs.showText("Page " + i + " of a very long compilation");
                    cs.endText();
                    cs.addRect(72, 600, 400, 100);
                    cs.moveTo(272, 600);
                    cs.lineTo(272, 700);
                    cs.stroke();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The report as text, without its section 三 (from its heading up to section 四). */
    static String withoutSection3(String text) {
        int from = text.indexOf("三、收到和处理政府信息公开申请情况");
        int to = text.indexOf("四、政府信息公开行政复议");
        if (from < 0 || to < from) {
            throw new IllegalStateException("no section 三 to drop");
        }
        return text.substring(0, from) + text.substring(to);
    }

    /** A pre-2019 style report: a statistics table of 指标名称 / 计量单位 / 统计数. */
    static String pre2019Report() {
        return String.join("\n",
                "某某县人民政府办公室2017年政府信息公开工作年度报告",
                "一、概述",
                "2017年，我办认真贯彻落实《中华人民共和国政府信息公开条例》。",
                "二、主动公开政府信息情况",
                "指标名称\t计量单位\t统计数",
                "一、主动公开情况\t\t",
                "（一）主动公开政府信息数\t条\t1520",
                "其中：主动公开规范性文件数\t条\t12",
                "二、回应解读情况\t\t",
                "（一）回应公众关注热点或重大舆情数\t次\t3",
                "三、依申请公开情况\t\t",
                "（一）收到申请数\t件\t25",
                "（二）申请办结数\t件\t25",
                "1.按时办结数\t件\t25",
                "（三）申请答复数\t件\t25",
                "1.属于已主动公开范围数\t件\t10",
                "2.同意公开答复数\t件\t8",
                "3.同意部分公开答复数\t件\t2",
                "4.不同意公开答复数\t件\t1",
                "四、行政复议数量\t件\t0",
                "五、行政诉讼数量\t件\t0",
                "") ;
    }

    /** The HTML re-encoded to {@code cs}, its charset declaration replaced by {@code meta} (null: removed). */
    static byte[] reencodeHtml(byte[] utf8Html, Charset cs, String meta) {
        String html = new String(utf8Html, StandardCharsets.UTF_8);
        html = html.replaceAll("(?i)<meta[^>]*charset[^>]*>", meta == null ? "" : "<meta charset=\"" + meta + "\">");
        return html.getBytes(cs);
    }

    /** The page's content wrapped in {@code depth} nested divs. */
    static byte[] nestedHtml(byte[] utf8Html, int depth) {
        String html = new String(utf8Html, StandardCharsets.UTF_8);
        int bodyStart = html.toLowerCase().indexOf("<body");
        int open = html.indexOf('>', bodyStart) + 1;
        int close = html.toLowerCase().lastIndexOf("</body>");
        String inner = html.substring(open, close);
        return (html.substring(0, open) + "<div>".repeat(depth) + inner + "</div>".repeat(depth) + html.substring(close))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Only nesting, no content: the hostile kind. */
    static byte[] deepHtml(int depth) {
        return ("<html><body>" + "<div><span>".repeat(depth) + "x" + "</span></div>".repeat(depth) + "</body></html>")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The DOCX with an extra part that inflates to {@code mb} megabytes of zeros from a few hundred KB: a zip
     * bomb inside an otherwise good Word document.
     */
    static byte[] docxBomb(byte[] docx, int mb) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bos)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/media/bomb.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < mb; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        return bos.toByteArray();
    }
}
