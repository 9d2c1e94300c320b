package io.github.xxgk.internal.source.word;

import org.w3c.dom.Node;

/**
 * The text of a Word paragraph as it reads in the final document, taken from its XML: {@code w:t} text,
 * {@code w:tab} as a tab, {@code w:br}/{@code w:cr} as a newline. Text deleted under tracked changes
 * ({@code w:del}, {@code w:moveFrom}), field instructions and the fallback copy of a drawing are left out;
 * POI's own paragraph text would glue a deleted "5" to an inserted "6". A text box's paragraphs come on lines
 * of their own.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxText() {
    }

    static String of(Node paragraph) {
        StringBuilder sb = new StringBuilder();
        walk(paragraph, sb);
        return sb.toString();
    }

    /** The text of a {@code w:t} (XMLBeans' DOM has no getTextContent). */
    private static void appendText(Node t, StringBuilder sb) {
        for (Node c = t.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            }
        }
    }

    private static void walk(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String ns = child.getNamespaceURI();
            String name = child.getLocalName();
            if (MC.equals(ns) && "Fallback".equals(name)) {
                continue;
            }
            if (!W.equals(ns)) {
                walk(child, sb);
                continue;
            }
            switch (name) {
                case "t" -> appendText(child, sb);
                case "tab", "ptab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                case "noBreakHyphen" -> sb.append('-');
                case "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "footnoteReference",
                        "endnoteReference" -> {
                    // not part of the text as it reads
                }
                case "p" -> {
                    // a paragraph inside this one: a text box
                    sb.append('\n');
                    walk(child, sb);
                    sb.append('\n');
                }
                default -> walk(child, sb);
            }
        }
    }
}
