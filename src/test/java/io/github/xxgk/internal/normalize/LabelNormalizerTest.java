package io.github.xxgk.internal.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The variants of docs/format.md "Label variants and published typos", each as printed → the core text the schema holds. */
class LabelNormalizerTest {

    @ParameterizedTest(name = "label variant {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 本年度止件数                        | 本年废止件数
            2  | 自 然 人                            | 自然人
            2  | 商 业 企 业                         | 商业企业
            2  | 社 会 公 益 组 织                   | 社会公益组织
            3  | 结果 维持                           | 结果维持
            3  | 尚未 审结                           | 尚未审结
            3  | '商业\n企业'                        | 商业企业
            3  | 本年新 制作数量                     | 本年新制作数量
            4  | '\n 本年制发件数  '                  | 本年制发件数
            5  | (二) 部分公开(区分处理的,只计这一情形,不计其他情形) | 部分公开(区分处理的,只计这一情形,不计其他情形)
            5  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 部分公开(区分处理的,只计这一情形,不计其他情形)
            7  | (二)部分公开(区分处理的,只计这一情况,不计其他情形) | 部分公开(区分处理的,只计这一情形,不计其他情形)
            8  | 5.属于三类内容事务信息              | 属于三类内部事务信息
            9  | 本年增/                             | 本年增/减
            10 | 第二十条 第(一)项                   | 第二十条第(一)项
            11 | 第二十條第(一)項                    | 第二十条第(一)项
            11 | 本年制發件數                        | 本年制发件数
            11 | 本年廢止件數                        | 本年废止件数
            11 | 現行有效件數                        | 现行有效件数
            11 | 行政規範性文件                      | 行政规范性文件
            11 | 本年處理決定數量                    | 本年处理决定数量
            11 | 本年收費金額(單位:萬元)             | 本年收费金额(单位:万元)
            11 | 申請人情況                          | 申请人情况
            11 | 法人或其他組織                      | 法人或其他组织
            11 | 總計                                | 总计
            12 | 信息內(nèi)容                        | 信息内容
            12 | 本年制發(fā)件數(shù)                  | 本年制发件数
            12 | 公(gong)開(kai)                     | 公开
            13 | 行政法复议                          | 行政复议
            """)
    void variantNormalizesToOfficialCore(String variant, String printed, String core) {
        String raw = printed.replace("\\n", "\n");
        assertEquals(core, LabelNormalizer.label(raw).core());
    }

    @Test
    void ordinalsAreKeptApartFromTheText() {
        Label item = LabelNormalizer.label("2.其他法律行政法规禁止公开");
        assertEquals(Ordinal.item(2), item.ordinal());
        assertEquals("其他法律行政法规禁止公开", item.core());

        Label block = LabelNormalizer.label("(三) 不予公开");           // label variant 6, with a space
        assertEquals(Ordinal.block(3), block.ordinal());
        assertEquals("不予公开", block.core());

        Label blockOnly = LabelNormalizer.label("（三）");                // label variant 6, the number in its own cell
        assertEquals(Ordinal.block(3), blockOnly.ordinal());
        assertEquals("", blockOnly.core());

        Label section = LabelNormalizer.label("四、结转下年度继续办理");
        assertEquals(Ordinal.section(4), section.ordinal());

        assertEquals(Ordinal.item(3), LabelNormalizer.label("③其他").ordinal());
        assertEquals(Ordinal.item(1), LabelNormalizer.label("1、信访举报投诉类申请").ordinal());
        assertNull(LabelNormalizer.label("规章").ordinal());
        // OCR of 002/scan.pdf read the 2019 （六）其他处理 label with its bracket twice, as (〈六)
        Label ocr = LabelNormalizer.label("(〈六)其他处理");
        assertEquals(Ordinal.block(6), ocr.ordinal());
        assertEquals("其他处理", ocr.core());
        // OCR of 009 and 004 at 70 dpi (tools/degrade-scans.py, DPI=70) read the opening bracket as 【 and as {
        Label lowRes = LabelNormalizer.label("【六)其他处理");
        assertEquals(Ordinal.block(6), lowRes.ordinal());
        assertEquals("其他处理", lowRes.core());
        assertEquals(Ordinal.block(2), LabelNormalizer.label("{二)部分公开公分处理的，只计这一情形，不计其他俏形)").ordinal());
    }

    @Test
    void theStoredTraditionalToSimplifiedTableIsIcus() {
        com.ibm.icu.text.Transliterator t = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");
        java.util.Map<Integer, String> expected = new java.util.HashMap<>();
        for (var it = new com.ibm.icu.text.UnicodeSetIterator(t.getSourceSet()); it.next(); ) {
            if (it.codepoint != com.ibm.icu.text.UnicodeSetIterator.IS_STRING) {
                String c = new String(Character.toChars(it.codepoint));
                String s = t.transliterate(c);
                if (!s.equals(c)) {
                    expected.put(it.codepoint, s);
                }
            }
        }
        assertEquals(expected, LabelNormalizer.toSimplified());
        assertEquals("户", LabelNormalizer.toSimplified().get((int) '戶'));
        // a whole traditional label gives what ICU's transliterator gives for it
        String label = "本年收費金額(單位:萬元)行政事業性收費";
        assertEquals(t.transliterate(label), LabelNormalizer.text(label));
    }

    @Test
    void quotesAndRadicalsAreNormalized() {
        assertEquals("危及三安全一稳定", LabelNormalizer.label("3.危及“三安全一稳定”").core());
        // Kangxi radical U+2F08 and CJK radical U+2ED4 as some PDF fonts emit them
        assertEquals("人门", LabelNormalizer.text("\u2F08\u2ED4"));
    }

    @Test
    void similarityAcceptsALabelCutAtALineBreak() {
        // layout variant 3: "2.没有现成信息需要" with "另行制作" on the next line
        assertTrue(LabelNormalizer.similarity("没有现成信息需要", "没有现成信息需要另行制作") > 0.9);
        assertTrue(LabelNormalizer.similarity("其他法律行政止公开", "其他法律行政法规禁止公开") >= 0.75);
        assertTrue(LabelNormalizer.similarity("行政许可", "行政处罚") < 0.6);
        assertEquals(1, LabelNormalizer.editDistance("本年度止件数", "本年废止件数"));
    }
}
