package io.github.xxgk.internal.source.word;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer tool: fixtures/docx/header-title.docx is fixtures/corpus/004/source.docx with its title paragraph
 * taken out of the body (and out of the document's title property) and printed as the page header instead, in
 * two lines (agency / year and report), as some agencies' templates do. header-title.doc is its LibreOffice
 * conversion ({@code soffice --headless --convert-to 'doc:MS Word 97' header-title.docx}). The outputs are
 * committed; the test reads only them. Run from the repository root:
 * {@code java -cp target/classes:target/test-classes:$CP io.github.xxgk.internal.source.word.HeaderTitleFixture}.
 */
public final class HeaderTitleFixture {

    public static void main(String[] args) throws Exception {
        Path in = Path.of("fixtures/corpus/004/source.docx");
        Path out = Path.of("fixtures/docx/header-title.docx");
        Files.createDirectories(out.getParent());
        try (InputStream is = Files.newInputStream(in); XWPFDocument doc = new XWPFDocument(is)) {
            IBodyElement first = doc.getBodyElements().get(0);
            String title = ((XWPFParagraph) first).getText().strip();
            if (!title.equals("平潭综合实验区2021年政府信息公开工作年度报告")) {
                throw new IllegalStateException("unexpected first paragraph: " + title);
            }
            doc.removeBodyElement(0);
            // the title property would give the title away: only the header has it
            doc.getProperties().getCoreProperties().setTitle("");
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("平潭综合实验区");
            header.createParagraph().createRun().setText("2021年政府信息公开工作年度报告");
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(os);
            }
        }
    }
}
