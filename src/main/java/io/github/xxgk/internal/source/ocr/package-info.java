/**
 * Internal: picture OCR, used by every reader that meets a picture of a table: the engine (Tesseract through
 * org.bytedeco, optional at run time), reading a page or picture into the same page objects a born-digital PDF
 * page gives, picture files as input, and pictures embedded in web pages and Word files. Not part of the API.
 */
package io.github.xxgk.internal.source.ocr;
