package io.github.xxgk.report;


import java.math.BigDecimal;
import java.util.List;

/**
 * The result of one check on one report: which relation, pass/fail/not-evaluable, every cell it read, the
 * two sides (null where not evaluable) and one line for a person.
 */
public record Finding(String check, Status status, List<CellKey> cells, BigDecimal left, BigDecimal right, String message) {

    public enum Status {
        PASS("pass"), FAIL("fail"), NOT_EVALUABLE("not-evaluable");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Finding {
        cells = List.copyOf(cells);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
