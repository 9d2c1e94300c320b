/** Internal: the PDF reader (PDFBox glyphs and rulings, tabula-java's lattice, our column finder). Not part of the API. */
package io.github.xxgk.source.pdf;
