package io.github.xxgk.internal.source.ocr;

/**
 * What Tesseract read in one region, with its confidence: the lowest of its characters' confidences, 0–100
 * (100 for a region with no ink, which is blank for certain).
 */
record Reading(String text, float confidence) {

    public static final Reading BLANK = new Reading("", 100f);
}
