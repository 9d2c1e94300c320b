package io.github.xxgk.internal.normalize;

/**
 * The numbering prefix a label was printed with, kept apart from its text because the official sub-item
 * labels repeat across blocks ("3.其他", "2.重复申请"): a row is resolved by (block, ordinal, text).
 */
public record Ordinal(Level level, int number) {

    /** 一、 is a section, （一） a block, 1. a sub-item. */
    public enum Level { SECTION, BLOCK, ITEM }

    public static Ordinal section(int n) {
        return new Ordinal(Level.SECTION, n);
    }

    public static Ordinal block(int n) {
        return new Ordinal(Level.BLOCK, n);
    }

    public static Ordinal item(int n) {
        return new Ordinal(Level.ITEM, n);
    }
}
