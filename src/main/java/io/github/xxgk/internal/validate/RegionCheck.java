package io.github.xxgk.internal.validate;

import io.github.xxgk.report.Finding;
import io.github.xxgk.report.AgencyKind;
import io.github.xxgk.report.Identity;

import java.util.List;

/**
 * Check {@code ID-REGION} (beside the identity check {@code ID}) for the agency's division: passes when the agency as printed resolves to one GB/T 2260
 * division in the report's year, fails when it resolves to none or to several (the reason is the resolver's),
 * and fails when a title read by OCR resolves only in part (a division, then words that name no agency:
 * 上海市人民政府办公打), since a misread name must be named, never read as something else. No agency at all is
 * said by the identity check, not here.
 */
public final class RegionCheck {

    public static final String CHECK = "ID-REGION";

    private RegionCheck() {
    }

    /**
     * @param titleByOcr whether the title may have been read by OCR (a PDF or picture with pages read so)
     */
    public static List<Finding> check(Identity id, boolean titleByOcr) {
        if (id.agency() == null || id.agency().isBlank()) {
            return List.of();
        }
        String ocr = titleByOcr ? "; the title was read by OCR, so a misread name may be why" : "";
        if (!id.resolved()) {
            return List.of(fail("agency " + id.agency() + " resolves to no single division: " + id.note() + ocr));
        }
        String where = id.regionCode() + " " + String.join("", nonNull(id.province(), id.prefecture(), id.county(),
                id.township())) + " (" + id.level().code() + ", " + id.kind().code() + ")";
        if (titleByOcr && id.kind() == AgencyKind.OTHER) {
            return List.of(fail("agency " + id.agency() + " resolves to " + where + " but its last words name no agency"
                    + ocr));
        }
        return List.of(new Finding(CHECK, Finding.Status.PASS, List.of(), null, null, "agency " + id.agency()
                + " resolves to " + where + (id.note() == null ? "" : ": " + id.note())));
    }

    private static Finding fail(String message) {
        return new Finding(CHECK, Finding.Status.FAIL, List.of(), null, null, message);
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
