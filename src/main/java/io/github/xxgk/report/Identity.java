package io.github.xxgk.report;

/**
 * Who published a report, as printed and as resolved against the GB/T 2260 list in force in the report's year
 * (the list and its history: {@code io/github/xxgk/report/SOURCE.md} in the jar). Resolution never guesses:
 * a name that fits several divisions, or none, leaves {@code regionCode} null and {@code note} says why.
 *
 * @param agency       the agency as printed ({@code Report.agency()}), null if none was found
 * @param year         the report's year, null if none was found
 * @param kind         what the agency is: government, its general office, a department, a zone, other
 * @param level        the level of the division it belongs to; known even when unresolved if every division the
 *                     name fits is at the same level (a bare 朝阳区 is a county either way); null otherwise
 * @param regionCode   the 6-digit GB/T 2260 code as of the report's year (a township's county), null when unresolved
 * @param province     the province's name, null when unresolved
 * @param prefecture   the prefecture's name; null when unresolved or when there is none (a 直辖市's district,
 *                     a county under a province directly, a province's own agency)
 * @param county       the county's name; null when unresolved or above county level
 * @param township     the township's (乡, 镇, 街道) name at township level, else null
 * @param townshipCode the township's 9-digit statistics code at township level, else null
 * @param note         why it is unresolved, or which code a zone took and why; null when the name resolved
 *                     plainly
 */
public record Identity(String agency, Integer year, AgencyKind kind, Level level, String regionCode, String province,
                       String prefecture, String county, String township, String townshipCode, String note) {

    /** Resolves an agency as printed, for a report of that year (null: any year of the list). */
    public static Identity of(String agency, Integer year) {
        return Resolver.resolve(agency, year);
    }

    /**
     * The key that copies of one report share (a web page and its PDF attachment): year, code (empty when
     * unresolved) and the agency as printed without spaces and with full-width forms folded
     * ({@code 2019/350128/平潭综合实验区(汇总:管委会及区直各单位)}); null without an agency or a year, since such a
     * report cannot be told from another.
     */
    public String reportKey() {
        if (agency == null || agency.isBlank() || year == null) {
            return null;
        }
        String name = java.text.Normalizer.normalize(agency, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return year + "/" + (regionCode == null ? "" : regionCode) + "/" + name;
    }

    /** Whether the agency resolved to one division. */
    public boolean resolved() {
        return regionCode != null;
    }
}
