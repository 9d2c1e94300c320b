/**
 * The two official table formats as data. API: {@link io.github.xxgk.schema.CellKey},
 * {@link io.github.xxgk.schema.TableId}, {@link io.github.xxgk.schema.Format}. The other public types here
 * ({@code Schema}, {@code RowDef}, {@code ColumnDef}, {@code T2Block}) are internal: not part of the API, free to
 * change.
 */
package io.github.xxgk.schema;
