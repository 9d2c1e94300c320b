package io.github.xxgk.report;


import java.math.BigDecimal;
import java.util.List;

/**
 * The result of one check on one report: which relation, pass/fail/not-evaluable, every cell it read, the
 * two sides (null where not evaluable) and one line for a person.
 *
 * @param check   the check's id, e.g. {@code T3-A} (the relations: docs/format.md)
 * @param status  pass, fail, or not evaluable (the message says why)
 * @param cells   every cell the check read, in the order of its relation
 * @param left    the relation's left side as computed from the cells, null where not evaluable
 * @param right   its right side, null where not evaluable
 * @param message one line for a person: the relation with its values, or why it could not be evaluated
 */
public record Finding(String check, Status status, List<CellKey> cells, BigDecimal left, BigDecimal right, String message) {

    /** A check's outcome; {@link #code()} is what the findings CSV's status column holds. */
    public enum Status {
        PASS("pass"), FAIL("fail"), NOT_EVALUABLE("not-evaluable");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** The code written in the findings CSV and the JSON. */
        public String code() {
            return code;
        }
    }

    public Finding {
        cells = List.copyOf(cells);
    }

    /** Whether the check failed: the cells it names do not satisfy its relation as published. */
    public boolean failed() {
        return status == Status.FAIL;
    }
}
