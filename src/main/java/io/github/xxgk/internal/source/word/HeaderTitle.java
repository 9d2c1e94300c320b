package io.github.xxgk.internal.source.word;

import io.github.xxgk.internal.source.html.HtmlText;

import java.util.List;

/**
 * A report title printed only in a Word document's page header ("平潭综合实验区" / "2021年政府信息公开工作年度报告"
 * as two header lines). The header is not body text, so it is handed on as the {@code title} hint, which the
 * title parser reads only when the body has no title of its own.
 */
final class HeaderTitle {

    /** A line this long is running text, not a header's agency line. */
    private static final int AGENCY_LINE = 30;

    private HeaderTitle() {
    }

    /** The header line that names a report, with the short line above it (the agency) joined; null if none. */
    static String of(List<String> headerLines) {
        for (int i = 0; i < headerLines.size(); i++) {
            String line = HtmlText.strip(headerLines.get(i));
            if (line.contains("报告") || line.contains("年报")) {
                String above = i > 0 ? HtmlText.strip(headerLines.get(i - 1)) : "";
                return above.length() <= AGENCY_LINE && !above.contains("报告") ? above + line : line;
            }
        }
        return null;
    }
}
