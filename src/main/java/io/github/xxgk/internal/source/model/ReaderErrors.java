package io.github.xxgk.internal.source.model;

/** How a reader words a dependency's exception in its own error message. */
public final class ReaderErrors {

    private ReaderErrors() {
    }

    /** The exception's type and message on one line, at most 200 characters: a library's messages span lines. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m.replaceAll("\\s+", " ").strip());
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }
}
