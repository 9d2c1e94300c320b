package io.github.xxgk.internal.normalize;

/**
 * The numbering prefix a label was printed with, kept apart from its text because the official sub-item
 * labels repeat across blocks ("3.其他", "2.重复申请"): a row is resolved by (block, ordinal, text).
 */
public record Ordinal(Level level, int number) {

    // equals, hashCode and toString written out as the record would make them: the generated ones link through
    // method handles, a cost a one-file run pays at the first call and, with only the C1 compiler (bin/xxgk), at
    // every call; ordinals are compared for every label matched against the schema.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Ordinal other && level == other.level && number == other.number;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(level) * 31 + Integer.hashCode(number);
    }

    @Override
    public String toString() {
        return "Ordinal[level=" + level + ", number=" + number + "]";
    }

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
