package io.github.xxgk.internal.normalize;

/** A label as printed ({@code raw}) and its normalized form: an optional ordinal and the core text. */
public record Label(String raw, Ordinal ordinal, String core) {

    public boolean hasOrdinal() {
        return ordinal != null;
    }

    public boolean isEmpty() {
        return ordinal == null && core.isEmpty();
    }
}
