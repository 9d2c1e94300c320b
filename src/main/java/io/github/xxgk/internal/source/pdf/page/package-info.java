/**
 * Internal: a page as positioned glyphs and rulings, whether from a PDF's text layer or read by OCR from a
 * picture; what the ruled and unruled table readers both work on. Not part of the API.
 */
package io.github.xxgk.internal.source.pdf.page;
