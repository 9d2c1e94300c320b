/**
 * Internal: the two official table formats as data, the rows and columns behind each
 * {@link io.github.xxgk.report.CellKey}. Not part of the API, free to change.
 */
package io.github.xxgk.internal.schema;
