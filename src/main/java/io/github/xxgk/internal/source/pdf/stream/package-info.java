/** Internal: the column finder for unruled PDF tables, one concern a class. Not part of the API. */
package io.github.xxgk.internal.source.pdf.stream;
