package io.github.xxgk.robust;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.XxgkException.Reason;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The library ships without BouncyCastle (tabula's bcprov-jdk15on is excluded in the pom): PDFBox 2 decrypts
 * the standard security handler's RC4 and AES with the JDK's own javax.crypto. This reads the same report
 * encrypted with every cipher the standard handler has, copy-protected (owner password only) and locked with
 * a user password, on the test classpath that a consumer gets.
 */
class EncryptionWithoutBouncyCastleTest {

    @Test
    void bouncyCastleIsNotOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.bouncycastle.jce.provider.BouncyCastleProvider"));
    }

    @ParameterizedTest(name = "{0}-bit, AES {1}")
    @CsvSource({"40, false", "128, false", "128, true", "256, true"})
    void ownerPasswordOnlyReadsLikeThePlainFile(int keyBits, boolean aes) throws Exception {
        Report plain = Outcome.of(Broken.fixture("012/writer.pdf"), "012-writer.pdf").readsAsReport();
        byte[] locked = encrypt(Broken.fixture("012/writer.pdf"), "", keyBits, aes);
        Report r = Outcome.of(locked, "012-owner-" + keyBits + ".pdf").readsAsReport();
        assertEquals(plain.cells().size(), r.cells().size());
        for (int i = 0; i < plain.cells().size(); i++) {
            assertEquals(plain.cells().get(i).key(), r.cells().get(i).key());
            assertEquals(plain.cells().get(i).value(), r.cells().get(i).value());
        }
    }

    @ParameterizedTest(name = "{0}-bit, AES {1}")
    @CsvSource({"40, false", "128, false", "128, true", "256, true"})
    void userPasswordIsEncryptedNotAnError(int keyBits, boolean aes) throws Exception {
        byte[] locked = encrypt(Broken.fixture("012/writer.pdf"), "user-secret", keyBits, aes);
        Outcome.of(locked, "012-user-" + keyBits + ".pdf").failsWith(Reason.ENCRYPTED);
    }

    private static byte[] encrypt(byte[] pdf, String userPassword, int keyBits, boolean aes) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf)) {
            AccessPermission forbidCopy = new AccessPermission();
            forbidCopy.setCanExtractContent(false);
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", userPassword, forbidCopy);
            p.setEncryptionKeyLength(keyBits);
            p.setPreferAES(aes);
            doc.protect(p);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
