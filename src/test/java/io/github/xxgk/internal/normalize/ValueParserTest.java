package io.github.xxgk.internal.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueParserTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            113            | 113          | ''
            ０             | 0            | ''
            １２３         | 123          | ''
            +173           | 173          | ''
            -2             | -2           | ''
            －2            | -2           | ''
            12.5           | 12.5         | ''
            24252.311082   | 24252.311082 | ''
            1,234          | 1234         | ''
            251000元       | 251000       | 元
            75394432.52元  | 75394432.52  | 元
            2笔            | 2            | 笔
            ' 0 '          | 0            | ''
            '\u00A00'      | 0            | ''
            '? 0'          | 0            | ''
            """)
    void parsesNumbersAsPublished(String raw, String number, String unit) {
        ParsedValue v = ValueParser.parse(raw);
        assertTrue(v.numeric());
        assertEquals(0, v.number().compareTo(new java.math.BigDecimal(number)), raw);
        assertEquals(unit, v.unit());
        assertEquals(raw, v.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "—", "——", "-", "－", "/", "／", "无", "\u00A0", "\u3000"})
    void emptyTokensGiveNoValueAndKeepTheRaw(String raw) {
        ParsedValue v = ValueParser.parse(raw);
        assertTrue(v.numeric(), "an empty token is still a value cell");
        assertNull(v.number());
        assertEquals(raw, v.raw());
        assertEquals("", v.plain());
    }

    @ParameterizedTest
    @ValueSource(strings = {"规章", "自然人", "2023年", "1 0", "10 20"})
    void labelsAndMergedNumbersAreNotValues(String raw) {
        assertFalse(ValueParser.parse(raw).numeric(), raw);
    }
}
