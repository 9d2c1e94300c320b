/**
 * The values xxgk's API takes and returns: a {@link io.github.xxgk.report.Report} of
 * {@link io.github.xxgk.report.ReportCell}s keyed by {@link io.github.xxgk.report.CellKey}, its
 * {@link io.github.xxgk.report.Finding}s and {@link io.github.xxgk.report.ReportSection}s, who published it
 * ({@link io.github.xxgk.report.Identity}, resolved against the GB/T 2260 list of administrative divisions with its
 * history: resources beside these classes, SOURCE.md there says where they come from), the
 * {@link io.github.xxgk.report.Limits} of a call and the {@link io.github.xxgk.report.XxgkException} a failed call
 * throws. The entry points that produce them are {@link io.github.xxgk.Xxgk} and {@link io.github.xxgk.Batch}.
 * Depends on no internal package.
 */
package io.github.xxgk.report;
