/**
 * Who published a report, resolved against the GB/T 2260 list of administrative divisions with its history
 * (resources beside these classes; SOURCE.md there says where they come from). API:
 * {@link io.github.xxgk.region.Identity} ({@link io.github.xxgk.Report#identity()}),
 * {@link io.github.xxgk.region.AgencyKind}, {@link io.github.xxgk.region.Level}. The rest is internal.
 */
package io.github.xxgk.region;
