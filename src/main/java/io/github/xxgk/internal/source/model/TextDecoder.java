package io.github.xxgk.internal.source.model;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: a BOM decides; otherwise strict UTF-8 if the bytes are valid
 * UTF-8; otherwise ICU4J's detector, which tells GB18030 (a superset of GBK and GB2312) from the rest.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(byte[] content) {
        return decode(content, null);
    }

    /** @param declared a charset named by the input itself (an HTML meta tag), tried after a BOM; may be null */
    public static String decode(byte[] content, String declared) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(content, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        if (declared != null) {
            Charset cs = forName(declared);
            if (cs != null) {
                String s = strict(content, cs);
                if (s != null) {
                    return s;
                }
            }
        }
        String gb = strict(content, GB18030);
        if (gb != null) {
            return gb;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(content);
        CharsetMatch match = detector.detect();
        Charset cs = match == null ? null : forName(match.getName());
        return new String(content, cs == null ? GB18030 : cs);
    }

    /** Maps the Chinese family onto GB18030, which reads GBK and GB2312 as well. */
    private static Charset forName(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT);
        if (n.equals("GBK") || n.equals("GB2312") || n.equals("GB18030") || n.equals("X-GBK") || n.equals("CP936")) {
            return GB18030;
        }
        try {
            return Charset.forName(name.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strict(byte[] content, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
