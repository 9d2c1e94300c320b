package io.github.xxgk.internal.source.ocr;

/** Tesseract cannot run here: its native libraries are missing (a library consumer without them) or fail to load. */
public final class OcrUnavailableException extends Exception {

    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
