package io.github.xxgk.internal.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Label and value text as printed in the corpus reports' cells (docs/format.md's empty tokens included). */
class CellKindsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "一、本年新收政府信息公开申请数量 | true  | false",
            "（三）不予公开                   | true  | false",
            "Total                          | true  | false",
            "113                            | false | true",
            "+173                           | false | true",
            "75394432.52元                   | false | true",
            "2笔                             | false | true",
            "—                              | false | true",
            "无                              | false | true",
            "'   '                          | false | false",
            "''                             | false | false",
    })
    void labelsAndValuesFromTextAlone(String text, boolean label, boolean value) {
        assertEquals(label, CellKinds.isLabel(text), text);
        assertEquals(value, CellKinds.isValue(text), text);
    }
}
