package io.github.xxgk.internal.source.text;

import io.github.xxgk.internal.source.model.Hints;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import io.github.xxgk.internal.source.model.TextDecoder;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text copied out of a PDF viewer or Word: one line a row, cells joined by tabs. A form feed starts a new
 * page. A line without tabs whose tail is a run of numbers ("规章 0 0 0", as some viewers copy) gets those
 * numbers as cells of their own.
 */
public final class TextSource implements ReportSource {

    private static final Pattern VALUE_TOKEN = Pattern.compile("[+\\-－]?[0-9０-９][0-9０-９,，.．]*[^\\s]{0,2}|[—－\\-/／]+|无");
    private static final Pattern HAS_CJK = Pattern.compile("\\p{IsHan}");

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        String text = TextDecoder.decode(content);
        if (text.isBlank()) {
            throw new XxgkException(Reason.EMPTY, name, "empty file");
        }
        List<Row> rows = new ArrayList<>();
        int page = 0;
        boolean paged = text.indexOf('\f') >= 0;
        if (paged) {
            page = 1;
        }
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String[] pages = line.split("\f", -1);
            for (int p = 0; p < pages.length; p++) {
                if (p > 0) {
                    page++;
                }
                rows.add(toRow(pages[p], page));
            }
        }
        return new SourceDocument(name, InputKind.TEXT, rows, paged ? page : 0, Hints.NONE);
    }

    public static Row toRow(String line, int page) {
        if (line.indexOf('\t') >= 0) {
            return Row.ofTexts(Arrays.asList(line.split("\t", -1)), page, true);
        }
        String[] tokens = line.strip().split("[\\s\\u3000]+");
        if (tokens.length >= 3 && Arrays.stream(tokens).allMatch(t -> VALUE_TOKEN.matcher(t).matches())) {
            // a row of numbers alone, as table 四's value row is copied
            return Row.ofTexts(Arrays.asList(tokens), page, true);
        }
        int firstValue = tokens.length;
        while (firstValue > 1 && VALUE_TOKEN.matcher(tokens[firstValue - 1]).matches()) {
            firstValue--;
        }
        if (firstValue < tokens.length && firstValue > 0) {
            String label = String.join(" ", Arrays.copyOfRange(tokens, 0, firstValue));
            if (HAS_CJK.matcher(label).find() && label.length() <= 80) {
                // each space-separated piece of the label side is a cell: "（三）不予公开 1.属于国家秘密"
                List<String> cells = new ArrayList<>(Arrays.asList(tokens).subList(0, firstValue));
                cells.addAll(Arrays.asList(tokens).subList(firstValue, tokens.length));
                return Row.ofTexts(cells, page, true);
            }
        }
        return Row.paragraph(line, page);
    }
}
