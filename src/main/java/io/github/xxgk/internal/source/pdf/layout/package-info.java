/**
 * Internal: a page's layout as rows: ruled tables (the lattice of rulings), prose lines, and unruled tables
 * through {@code source.pdf.stream}. Not part of the API.
 */
package io.github.xxgk.internal.source.pdf.layout;
