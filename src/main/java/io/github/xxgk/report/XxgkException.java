package io.github.xxgk.report;

/**
 * The one checked exception of the library: why an input gave no report, which input, and where known
 * which page. The reason is a stable code that batch tools write into their status column.
 */
public class XxgkException extends Exception {

    /** Stable reason codes; {@link #code()} is what a status CSV shows. */
    public enum Reason {
        EMPTY("empty"),
        CORRUPT("corrupt"),
        ENCRYPTED("encrypted"),
        NEEDS_OCR("needs-ocr"),
        NO_TABLES("no-tables"),
        UNSUPPORTED_FORMAT("unsupported-format"),
        NOT_A_REPORT("not-a-report"),
        UNSUPPORTED_INPUT("unsupported-input"),
        TOO_LARGE("too-large"),
        TIMEOUT("timeout"),
        IO("io"),
        INTERNAL("error");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The code written in the status CSV and the JSON. */
        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final String source;
    private final Integer page;

    public XxgkException(Reason reason, String source, Integer page, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.source = source;
        this.page = page;
    }

    public XxgkException(Reason reason, String source, String message) {
        this(reason, source, null, message, null);
    }

    /** Why the input gave no report. */
    public Reason reason() {
        return reason;
    }

    /** The input's name as given to the call. */
    public String source() {
        return source;
    }

    /** 1-based page where the problem was found, or null when it is not tied to a page. */
    public Integer page() {
        return page;
    }

    /** One line for a person: {@code path: reason (page N)}. */
    public String describe() {
        return (source == null ? "" : source + ": ") + getMessage() + (page == null ? "" : " (page " + page + ")");
    }
}
