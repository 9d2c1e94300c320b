package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.layout.PdfLayout;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.internal.source.model.SourceDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Developer tool: prints the rows the PDF reader produces, tab-joined with their page ("T|" table, "P|" paragraph). */
public final class PdfDump {

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            try {
                SourceDocument d = PdfReader.read(Files.readAllBytes(Path.of(a)), a);
                System.out.println("== " + a + " pages=" + d.pages() + " hints=" + d.hints());
                System.out.print(PdfLayout.dump(d.rows()));
            } catch (XxgkException e) {
                System.out.println("== " + a + " " + e.reason().code() + ": " + e.describe());
            }
        }
    }
}
