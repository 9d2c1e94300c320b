package io.github.xxgk.internal.detect;

/**
 * Who published a report and for which year, as printed, with what each was read from, so that check {@code ID}
 * can name what is missing, refused or in conflict.
 *
 * @param agency        the agency as printed, null when nothing that looks like an agency's name was found
 * @param year          the report's year: the title's, else the statistics period's; null when neither gives one,
 *                      or when two readings of the period disagree
 * @param title         the title as printed (its lines joined), null when none was found
 * @param agencyFrom    where the agency was read: {@code title}, {@code page title or header} (a web page's 标题 or
 *                      {@code <title>}, a Word page header), {@code document title} (a PDF's), {@code publisher box}
 *                      (发布机构); null without an agency
 * @param ocrConfidence the lowest OCR confidence of the title's lines; null when it was not read by OCR
 * @param otherAgency   another agency a second title of the file names (the page's title beside the body's), with
 *                      where it was read; null when every title names the same
 * @param titleYear     the year the title prints, null if none
 * @param otherTitleYear the year a second title prints (the page's title beside the body's), null if none
 * @param periodYear    the year of the statistics period of the preamble (统计期限 …年1月1日至…年12月31日)
 * @param otherPeriodYear the year of the statistics period as the OCR engine read the page's lines, where it differs
 *                      from the one read from the text laid out in rows; null when they agree or either is missing
 * @param signatureYear the year of the date signed at the end
 * @param refused       a candidate refused as no agency's name, with the reason; null if none
 */
public record ReportIdentity(String agency, Integer year, String title, String agencyFrom, Float ocrConfidence,
                             String otherAgency, Integer titleYear, Integer otherTitleYear, Integer periodYear,
                             Integer otherPeriodYear, Integer signatureYear,
                             String refused) {

    /** What the title parser's callers keep. */
    public TitleParser.Title asTitle() {
        return new TitleParser.Title(agency, year, title);
    }
}
