package io.github.xxgk.source;

/** What an input is, decided from its content (magic bytes), never from its file name alone. */
public enum InputKind {
    TEXT("text"), PDF("pdf"), HTML("html"), DOCX("docx"), DOC("doc"), IMAGE("image"), ZIP("zip"), BINARY("binary"), EMPTY("empty");

    private final String code;

    InputKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
