package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.internal.detect.AgencyName;
import io.github.xxgk.internal.detect.ReportIdentity;

import java.util.ArrayList;
import java.util.List;

/**
 * Check {@code ID}: who published the report and for which year, the key every panel is joined on. It fails when
 * the agency or the year is missing (naming what was looked at and any candidate refused as a fragment); when two
 * titles of the file name different agencies; when the year the title prints disagrees with the statistics period
 * of the preamble, with a second title or with the date the report is signed (a report for a year is signed early
 * in the next year, at the earliest at that year's end); and when an agency read by OCR is not certain (a character
 * below {@link OcrCheck#MIN_CONFIDENCE}, or a name that does not end in an agency's word). What the title prints is
 * kept as printed: this check says what a person must confirm, it never picks between two readings.
 */
public final class IdentityCheck {

    public static final String CHECK = "ID";

    private IdentityCheck() {
    }

    public static List<Finding> check(ReportIdentity id) {
        List<Finding> out = new ArrayList<>();
        if (id.agency() == null) {
            out.add(fail("no agency: no title naming it in the first lines, no page or document title, no page header, no "
                    + "publisher box (发布机构), no sentence publishing the report under its full name and year"
                    + (id.refused() == null ? "" : "; refused as no agency's name: " + id.refused())));
        } else if (id.ocrConfidence() != null) {
            if (id.ocrConfidence() < OcrCheck.MIN_CONFIDENCE) {
                out.add(fail(String.format(java.util.Locale.ROOT,
                        "agency '%s' (from the %s) read by OCR with low confidence (%.0f, under %.0f): confirm it against the page",
                        id.agency(), id.agencyFrom(), id.ocrConfidence(), OcrCheck.MIN_CONFIDENCE)));
            } else if (!AgencyName.endsLikeAgency(id.agency())) {
                out.add(fail("agency '" + id.agency() + "' (from the " + id.agencyFrom() + ") read by OCR does not end in an agency's word (人民政府, 办公厅, 局 …): "
                        + "a character may be misread"));
            }
        }
        if (id.agency() != null && id.otherAgency() != null) {
            out.add(fail("agency conflict: the " + id.agencyFrom() + " names '" + id.agency() + "', another title of the file "
                    + id.otherAgency()));
        }
        if (id.otherPeriodYear() != null) {
            out.add(fail("year conflict: the statistics period of the preamble reads " + id.periodYear() + " in the text as laid "
                    + "out and " + id.otherPeriodYear() + " in the lines as the OCR engine read them"
                    + (id.titleYear() == null ? " (no title prints a year)" : "")));
        } else if (id.year() == null) {
            out.add(fail("no year: the title prints none"
                    + (id.title() == null ? " (no title found)" : " readable ('" + id.title() + "')")
                    + " and the preamble states no statistics period (统计期限 …年1月1日至…年12月31日)"));
        }
        if (id.titleYear() != null && id.periodYear() != null && !id.titleYear().equals(id.periodYear())) {
            out.add(fail("year conflict: the title prints " + id.titleYear() + ", the statistics period of the preamble is "
                    + id.periodYear()));
        }
        if (id.titleYear() != null && id.otherTitleYear() != null) {
            out.add(fail("year conflict: the title prints " + id.titleYear() + ", the page's or document's own title "
                    + id.otherTitleYear()));
        }
        if (id.year() != null && id.signatureYear() != null
                && id.signatureYear() != id.year() + 1 && !id.signatureYear().equals(id.year())) {
            out.add(fail("year conflict: a report for " + id.year() + " signed in " + id.signatureYear()
                    + " (expected " + (id.year() + 1) + ")"));
        }
        if (out.isEmpty()) {
            String ocr = id.ocrConfidence() == null ? ""
                    : String.format(java.util.Locale.ROOT, ", read by OCR with confidence %.0f", id.ocrConfidence());
            out.add(new Finding(CHECK, Finding.Status.PASS, List.of(), null, null, "agency '" + id.agency() + "' (from the "
                    + id.agencyFrom() + ocr + "), year " + id.year() + agreement(id)));
        }
        return out;
    }

    private static String agreement(ReportIdentity id) {
        List<String> with = new ArrayList<>();
        if (id.titleYear() != null && id.periodYear() != null) {
            with.add("the statistics period");
        }
        if (id.signatureYear() != null) {
            with.add("the date signed");
        }
        return (id.titleYear() == null ? " (from the statistics period)" : "")
                + (with.isEmpty() ? "" : ", agreeing with " + String.join(" and ", with));
    }

    private static Finding fail(String message) {
        return new Finding(CHECK, Finding.Status.FAIL, List.of(), null, null, message);
    }
}
