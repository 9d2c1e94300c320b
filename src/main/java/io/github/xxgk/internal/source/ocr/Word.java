package io.github.xxgk.internal.source.ocr;

/** A word Tesseract found in a block, with its box in the block image's pixels and its confidence. */
record Word(String text, int x0, int y0, int x1, int y1, float confidence, int line) {
}
