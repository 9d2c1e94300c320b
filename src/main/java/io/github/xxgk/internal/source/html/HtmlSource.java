package io.github.xxgk.internal.source.html;

import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Hints;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.ocr.PagePictures;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.model.TextDecoder;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.guard.Checkpoint;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report published as a web page, with jsoup.
 *
 * <p>The encoding comes from a BOM, then the page's own declaration ({@code <meta charset>}, the
 * {@code http-equiv} content type or an XML prolog), then detection ({@link TextDecoder}). Scripts, styles,
 * navigation and other page furniture are dropped; the 索引号/发布机构/发布日期 box goes into the hints
 * ({@code agency}, {@code date}, {@code title}) instead of the text. Everything else comes out in reading
 * order: each block of text as a paragraph row, each data table as table rows with rowspan and colspan
 * resolved into the real grid (see {@link HtmlGrid}). A table that only lays out the page (it holds other
 * tables) is walked through, so the inner data tables' rows come out instead of its flattened text.
 */
public final class HtmlSource implements ReportSource {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    /** Elements whose content is never report text. */
    private static final String JUNK = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "svg, canvas, audio, video, map, select, option, button, input, textarea, nav, link, meta";

    /** class/id words of page furniture: menus, breadcrumbs, footers, share bars, sidebars. */
    private static final Pattern FURNITURE = Pattern.compile(
            "nav|menu|breadcrumb|crumb|footer|sidebar|share|copyright|friendlink|toolbar|skip|topbar|login|search|qrcode|ewm|related|xgwz|prev|pager",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "ol", "p", "pre",
            "section", "summary", "ul", "caption", "tr", "td", "th", "thead", "tbody", "tfoot", "table", "title");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    /** Deeper elements are flattened to their text (see {@link #flattenDeepElements}). */
    static final int MAX_DEPTH = 200;

    /** A table this narrow whose cells hold long text is page layout, not data. */
    private static final int LAYOUT_TEXT = 300;

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        String html = TextDecoder.decode(content, trustedCharset(declaredCharset(content)));
        Document doc;
        try {
            doc = Jsoup.parse(html);
        } catch (RuntimeException e) {
            throw new XxgkException(Reason.CORRUPT, name, null, "the web page could not be parsed: " + e.getMessage(), e);
        }
        Checkpoint.check(name, null);
        flattenDeepElements(doc);
        String pageTitle = pageTitle(doc);

        Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        doc.select(JUNK).remove();
        removeFurniture(doc.body());
        HtmlMetadata.Box box = HtmlMetadata.find(doc.body());
        Hints hints = Hints.NONE;
        if (box != null) {
            skip.add(box.element());
            hints = new Hints(box.title(), box.agency(), 0, 0);
        }
        if (hints.title() == null && !pageTitle.isEmpty()) {
            hints = hints.withTitle(pageTitle);
        }

        Checkpoint.check(name, null);
        PagePictures pictures = new PagePictures(PagePictures.folderOf(name), name);
        Walker walker = new Walker(skip, pictures);
        walker.walk(doc.body());
        walker.flush();
        if (pictures.read() > 0) {
            hints = hints.withOcrPages(pictures.read());
        }
        if (walker.rows.stream().allMatch(Row::isBlank)) {
            throw new XxgkException(Reason.EMPTY, name, "the web page has no text");
        }
        return new SourceDocument(name, InputKind.HTML, walker.rows, 0, hints);
    }

    /**
     * Replaces whatever sits deeper than {@link #MAX_DEPTH} by its plain text, so that walking the page can't
     * overflow the stack on a pathological page (tens of thousands of nested elements). No report is laid
     * out that deep.
     */
    private static void flattenDeepElements(Document doc) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth == MAX_DEPTH && node instanceof Element e) {
                deep.add(e);
            }
        }, doc);
        for (Element e : deep) {
            String text = e.text();
            e.empty();
            e.appendText(text);
        }
    }

    /** The charset a page declares in its first bytes, or null. */
    static String declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 16384), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * A declared charset worth trying. A Latin single-byte declaration (ISO-8859-1, windows-1252, ASCII) on a
     * Chinese report is a CMS default that is always wrong, and ISO-8859-1 decodes any bytes "successfully"
     * into mojibake, so it is ignored and the bytes are detected instead.
     */
    static String trustedCharset(String declared) {
        if (declared == null) {
            return null;
        }
        String d = declared.toLowerCase(java.util.Locale.ROOT);
        boolean latin = d.startsWith("iso-8859") || d.startsWith("iso8859") || d.startsWith("latin") || d.startsWith("windows-125")
                || d.startsWith("cp125") || d.equals("us-ascii") || d.equals("ascii");
        return latin ? null : declared;
    }

    /** The page's {@code <title>}, without tags typed into it and without a site-name suffix. */
    private static String pageTitle(Document doc) {
        Element t = doc.selectFirst("title");
        if (t == null) {
            return "";
        }
        Element typed = Jsoup.parseBodyFragment(t.text()).body();
        String text = String.join("", HtmlText.lines(HtmlText.collapse(textWithBreaks(typed))));
        Matcher m = Pattern.compile("^(.*报告)\\s*[_|｜\\-－—–]+.*$").matcher(text);
        return m.matches() ? HtmlText.strip(m.group(1)) : text;
    }

    /** The text of an element with {@link HtmlText#BREAK} for each {@code <br>} and block boundary. */
    static String textWithBreaks(Element element) {
        StringBuilder sb = new StringBuilder();
        collectText(element, sb, Set.of());
        return sb.toString();
    }

    private static void collectText(Element element, StringBuilder sb, Set<Element> skip) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (node instanceof Element e && !skip.contains(e)) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    sb.append(HtmlText.BREAK);
                } else if (BLOCKS.contains(tag)) {
                    sb.append(HtmlText.BREAK);
                    collectText(e, sb, skip);
                    sb.append(HtmlText.BREAK);
                } else {
                    collectText(e, sb, skip);
                }
            }
        }
    }

    /** Drops menus, breadcrumbs, footers and the like, unless they hold a real table (some pages misuse class names). */
    private static void removeFurniture(Element body) {
        if (body == null) {
            return;
        }
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            boolean furniture = tag.equals("header") || tag.equals("footer") || tag.equals("aside")
                    || isHidden(e) || FURNITURE.matcher(e.className() + " " + e.id()).find();
            if (furniture && !holdsDataTable(e) && !holdsReportTitle(e)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    private static boolean holdsDataTable(Element e) {
        for (Element t : e.getElementsByTag("table")) {
            if (t.getElementsByTag("tr").size() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** A heading block that names the report (a page header that holds the article title). */
    private static boolean holdsReportTitle(Element e) {
        for (Element h : e.select("h1, h2, h3")) {
            String text = h.text();
            if (text.contains("报告") && text.length() <= 80) {
                return true;
            }
        }
        return false;
    }

    /** Walks the page in reading order, collecting inline text into paragraphs and tables into grid rows. */
    private static final class Walker {
        final List<Row> rows = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Set<Element> skip;
        private final PagePictures pictures;

        Walker(Set<Element> skip, PagePictures pictures) {
            this.skip = skip;
            this.pictures = pictures;
        }

        void walk(Element element) throws XxgkException {
            if (element == null) {
                return;
            }
            for (Node node : element.childNodes()) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (skip.contains(e)) {
                        flush();
                        reportHeadings(e);
                        continue;
                    }
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        text.append(HtmlText.BREAK);
                    } else if (tag.equals("table")) {
                        flush();
                        table(e);
                    } else if (tag.equals("img")) {
                        // a picture of a table, in its place among the text
                        List<Row> read = pictures.rowsOf(e.attr("src"));
                        if (!read.isEmpty()) {
                            flush();
                            rows.addAll(read);
                        }
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        walk(e);
                        flush();
                    } else {
                        walk(e);
                    }
                }
            }
        }

        /** A report's title that a page put inside its metadata box still belongs to the text. */
        private void reportHeadings(Element box) throws XxgkException {
            for (Element h : box.select("h1, h2, h3, h4, h5, h6")) {
                if (h.text().contains("报告")) {
                    walk(h);
                    flush();
                }
            }
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            List<String> lines = HtmlText.lines(HtmlText.collapse(text.toString()));
            text.setLength(0);
            for (String p : HtmlText.paragraphs(lines)) {
                rows.add(Row.paragraph(p, 0));
            }
        }

        private void table(Element table) throws XxgkException {
            List<Element> trs = new ArrayList<>(ownRows(table));
            trs.removeIf(tr -> skip.contains(tr) || skip.contains(tr.parent()));
            Element caption = table.selectFirst("> caption");
            if (caption != null) {
                walk(caption);
                flush();
            }
            if (isLayout(table, trs)) {
                for (Element tr : trs) {
                    for (Element cell : ownCells(tr)) {
                        walk(cell);
                        flush();
                    }
                }
                return;
            }
            HtmlGrid grid = new HtmlGrid();
            for (int r = 0; r < trs.size(); r++) {
                grid.startRow();
                for (Element cell : ownCells(trs.get(r))) {
                    int left = trs.size() - r;
                    int rowspan = span(cell.attr("rowspan"), left);
                    grid.addCell(cellText(cell), Math.min(rowspan, left), span(cell.attr("colspan"), 1));
                }
            }
            for (List<Cell> cells : grid.build()) {
                rows.add(new Row(cells, 0, true));
            }
        }

        /** A table that holds other tables, or a narrow one whose cells hold long text, is page layout. */
        private boolean isLayout(Element table, List<Element> trs) {
            if (table.getElementsByTag("table").size() > 1) {
                return true;
            }
            int width = 0;
            for (Element tr : trs) {
                width = Math.max(width, ownCells(tr).size());
            }
            if (width > 2) {
                return false;
            }
            for (Element tr : trs) {
                for (Element cell : ownCells(tr)) {
                    if (cell.text().length() > LAYOUT_TEXT) {
                        return true;
                    }
                }
            }
            return false;
        }

        private String cellText(Element cell) {
            StringBuilder sb = new StringBuilder();
            collectText(cell, sb, skip);
            return HtmlText.cell(HtmlText.collapse(sb.toString()));
        }
    }

    /** The rows of this table, not of tables nested in it, in document order. */
    static List<Element> ownRows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                out.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        out.add(tr);
                    }
                }
            }
        }
        return out;
    }

    static List<Element> ownCells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Element c : tr.children()) {
            String tag = c.normalName();
            if (tag.equals("td") || tag.equals("th")) {
                out.add(c);
            }
        }
        return out;
    }

    /** A span attribute read leniently ({@code "3"}, {@code " 3 "}, {@code "3px"}); 0 means {@code zero}. */
    private static int span(String attr, int zero) {
        String s = attr.strip();
        int i = 0;
        while (i < s.length() && i < 6 && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return 1;
        }
        int v = Integer.parseInt(s.substring(0, i));
        return v == 0 ? Math.max(1, zero) : v;
    }
}
