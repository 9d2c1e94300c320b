package io.github.xxgk.internal.output;

import io.github.xxgk.report.XxgkException.Reason;

/**
 * The status column of the per-file status CSV. Every {@link Reason} of the library maps onto one of these:
 *
 * <table>
 * <caption>reason → status</caption>
 * <tr><td>no-tables, unsupported-format, needs-ocr, encrypted, corrupt, not-a-report, timeout</td><td>the same code</td></tr>
 * <tr><td>empty (a file of zero bytes or only whitespace)</td><td>not-a-report</td></tr>
 * <tr><td>unsupported-input (binary junk, a ZIP archive, a kind without a reader)</td><td>not-a-report</td></tr>
 * <tr><td>too-large (over the size limit, or more memory than the heap has)</td><td>error</td></tr>
 * <tr><td>io (the file could not be read)</td><td>error</td></tr>
 * <tr><td>error (a bug: an unexpected exception)</td><td>error</td></tr>
 * </table>
 * The message column keeps the library's own message, so the finer reason is never lost. One status has no
 * reason of the library: {@code crashed}, an input the batch did not read again because the process reading it
 * ended twice (a crash in native code, the OOM killer), see {@code io.github.xxgk.internal.batch.Crashes}.
 */
public enum BatchStatus {
    OK("ok"), NO_TABLES("no-tables"), UNSUPPORTED_FORMAT("unsupported-format"), NEEDS_OCR("needs-ocr"),
    ENCRYPTED("encrypted"), CORRUPT("corrupt"), NOT_A_REPORT("not-a-report"), TIMEOUT("timeout"), ERROR("error"),
    CRASHED("crashed");

    private final String code;

    BatchStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static BatchStatus of(Reason reason) {
        return switch (reason) {
            case NO_TABLES -> NO_TABLES;
            case UNSUPPORTED_FORMAT -> UNSUPPORTED_FORMAT;
            case NEEDS_OCR -> NEEDS_OCR;
            case ENCRYPTED -> ENCRYPTED;
            case CORRUPT -> CORRUPT;
            case NOT_A_REPORT, EMPTY, UNSUPPORTED_INPUT -> NOT_A_REPORT;
            case TIMEOUT -> TIMEOUT;
            case TOO_LARGE, IO, INTERNAL -> ERROR;
        };
    }

    public static BatchStatus ofCode(String code) {
        for (BatchStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status " + code);
    }
}
