package io.github.xxgk.internal.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a piece of text can be the name of the agency that published a report. A name is kept only when it
 * looks like one: a run of Chinese characters ending in an agency's word (人民政府, 办公厅, 局, 委员会, 实验区 …),
 * with no sentence punctuation, no digits and none of the words a report's prose is made of. A wrapped title, a
 * line of the preface or a notice's title read in its place gives a fragment ("于编制公布", "计期限从"); the
 * one column a panel is keyed on must never hold one, so such text is refused, and the reason is said.
 */
public final class AgencyName {

    /**
     * The last words of an agency's name: a government and its offices, departments and commissions, a zone's
     * committee, a township or street, a court, a centre; a bare place (某某区, 某某县) stands for its government.
     */
    private static final Pattern SUFFIX = Pattern.compile(
            "(?:政府|办公厅|办公室|办事处|局|委员会|委|厅|管委会|中心|院|署|办|部|处|所|站|队|会|社|馆|公司|集团|行|园|"
                    + "区|县|市|州|盟|旗|省|镇|乡|街道|场|校|大学|学院)$");

    /** Sentence punctuation, brackets, quotes, digits and Latin letters: never in a name as printed in a title. */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[，。；：、,.;:！？!?“”\"'‘’《》<>〈〉（）()\\[\\]【】〔〕0-9A-Za-z/\\\\|_#@%&*+=~…—–-]");

    /**
     * Words of the report's own prose or of a web page's furniture, which a name never holds (统计, 编制 and 社会
     * are not among them: 统计局, 机构编制委员会办公室, 人力资源和社会保障局).
     */
    private static final List<String> PROSE_WORDS = List.of(
            "报告", "信息公开", "年度", "关于", "根据", "公布", "印发", "通知", "条例", "办法", "简称", "本年",
            "期限", "时限", "我区", "我局", "我县", "我市", "我委", "我办", "首页", "当前位置", "您的位置", "附件",
            "联系", "地址", "电话", "邮编", "要求", "情况", "做好", "及时", "以下", "现将", "现向", "本机关", "索引号",
            "日期");

    /** Shorter than this is a word, not a name (平潭 alone). */
    private static final int MIN_LENGTH = 3;
    /** Longer than this is a sentence. */
    private static final int MAX_LENGTH = 40;

    private AgencyName() {
    }

    /** Why {@code name} cannot be an agency's name, or null when it can. */
    public static String whyNot(String name) {
        String refusal = whyNotProse(name);
        if (refusal != null) {
            return refusal;
        }
        return endsLikeAgency(name) ? null : "it does not end in an agency's word (人民政府, 办公室, 局, 委员会, 区 …)";
    }

    /**
     * As {@link #whyNot} without asking for an agency's last word: what an OCR'd title gives is kept as read
     * even when a character was misread ("上海市人民政府办公打"), and flagged instead.
     */
    public static String whyNotProse(String name) {
        if (name == null || name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            return "its length (" + name.length() + " characters) is not a name's";
        }
        if (!Character.isIdeographic(name.codePointAt(0))) {
            return "it does not start with a Chinese character";
        }
        var m = NOT_IN_A_NAME.matcher(name);
        if (m.find()) {
            return "it holds '" + m.group() + "', which a name does not";
        }
        for (String w : PROSE_WORDS) {
            if (name.contains(w)) {
                return "it holds the word " + w + ", which is prose, not a name";
            }
        }
        return null;
    }

    /** Whether the name ends in one of an agency's words. */
    public static boolean endsLikeAgency(String name) {
        return name != null && SUFFIX.matcher(name).find();
    }
}
