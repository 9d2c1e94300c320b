/**
 * The two official table formats as data. API: {@link io.github.xxgk.report.CellKey},
 * {@link io.github.xxgk.report.TableId}, {@link io.github.xxgk.report.Format}. The other public types here
 * ({@code Schema}, {@code RowDef}, {@code ColumnDef}, {@code T2Block}) are internal: not part of the API, free to
 * change.
 */
package io.github.xxgk.internal.schema;
