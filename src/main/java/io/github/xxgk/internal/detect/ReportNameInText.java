package io.github.xxgk.internal.detect;

import io.github.xxgk.internal.normalize.LabelNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency as the preamble prints it when it publishes the report under its full name: "现向社会公布沭阳县发展和改革局
 * 2023年度政府信息公开年度报告。". A file whose title page is blank (a scan whose first page is an image left unread)
 * still names its publisher there. Only that one kind of sentence is read: the name follows 公布 or 发布 and is the
 * report's whole name, ended by the sentence; the compiler of "本报告由…编制", a document cited after 根据《…》 and a
 * notice "…关于编制公布2021年…报告有关事项的通知" are other kinds and give nothing. The year printed in the name must
 * be the report's, and the name must pass {@link AgencyName#whyNot} (an agency's last word included, also when OCR read it).
 */
final class ReportNameInText {

    /** The report's full name after 公布/发布, ending the clause: the agency is the run between the verb and the year. */
    private static final Pattern PUBLISHED_NAME = Pattern.compile(
            "(?:公布|发布)《?([^,，。.;；:：、《》()（）\\[\\]【】\"“”]{3,40}?)((?:19|20)\\d{2})年度?(?:的)?"
                    + "(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)》?(?=[,，。.;；)）]|$)");

    /** What the text gave: the agency, the lowest OCR confidence of the lines it was read from (null if born digital). */
    record Named(String agency, Float ocrConfidence) {
    }

    private ReportNameInText() {
    }

    /**
     * The agency named by the first sentence that publishes the report under its full name with {@code year}, or
     * null (no such sentence, another year, or no agency's name where the agency stands).
     */
    static Named find(List<TitleParser.Line> lines, Integer year) {
        if (year == null) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        List<Float> confidences = new ArrayList<>();
        for (TitleParser.Line line : lines) {
            if (line.furniture()) {
                continue;
            }
            joined.append(LabelNormalizer.text(line.text()).replaceAll("\\s+", ""));
            ends.add(joined.length());
            confidences.add(line.ocrConfidence());
        }
        Matcher m = PUBLISHED_NAME.matcher(joined);
        while (m.find()) {
            String agency = m.group(1);
            if (Integer.parseInt(m.group(2)) != year || AgencyName.whyNot(agency) != null) {
                continue;
            }
            return new Named(agency, lowest(ends, confidences, m.start(1), m.end(2)));
        }
        return null;
    }

    /** The lowest OCR confidence of the lines the characters from {@code start} to {@code end} were read from. */
    private static Float lowest(List<Integer> ends, List<Float> confidences, int start, int end) {
        Float low = null;
        int lineStart = 0;
        for (int i = 0; i < ends.size(); i++) {
            if (ends.get(i) > start && lineStart < end && confidences.get(i) != null) {
                low = low == null ? confidences.get(i) : Float.valueOf(Math.min(low, confidences.get(i)));
            }
            lineStart = ends.get(i);
        }
        return low;
    }
}
