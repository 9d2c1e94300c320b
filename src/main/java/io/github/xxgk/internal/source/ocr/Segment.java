package io.github.xxgk.internal.source.ocr;

/**
 * A ruling line found in an image, in pixels: horizontal at {@code y = pos} from x = start to end, or vertical
 * at {@code x = pos} from y = start to end.
 */
public record Segment(boolean horizontal, double pos, int start, int end) {

    public int length() {
        return end - start;
    }
}
