package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Labels of table 三's （三）不予公开 block as printed and as OCR read them off 009/scan.pdf (rendered at 155 dpi,
 * the two-line 3.危及"三安全一稳定" read with its number as 4.): the text names the item when the number is
 * misread, and the number still places a label whose text is garbled.
 */
class T3LabelMatcherTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "3.危及“三安全一稳定”           ; denied_security_stability",
            "4.危及| -二安全一稳和         ; denied_security_stability",
            "4.保护第三方合法权益            ; denied_third_party_rights",
            "2.其他法律行政止公开            ; denied_prohibited_by_law",
            "7.属于行政执法案卷             ; denied_enforcement_case_file",
    })
    void itemOfTheDeniedBlock(String printed, String key) {
        RowDef def = T3LabelMatcher.match(LabelNormalizer.label(printed), Schema.DENIED);
        assertNotNull(def, printed);
        assertEquals(key, def.key(), printed);
    }
}
