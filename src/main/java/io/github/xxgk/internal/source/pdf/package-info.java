/** Internal: the PDF reader (PDFBox glyphs and rulings, pages without a text layer sent to OCR). Not part of the API. */
package io.github.xxgk.internal.source.pdf;
