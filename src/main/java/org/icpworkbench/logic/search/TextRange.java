package org.icpworkbench.logic.search;

/** Characters {@code start} (inclusive) to {@code end} (exclusive) of a string. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad range " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public TextRange shift(int by) {
        return new TextRange(start + by, end + by);
    }

    /** The part of the text this range covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
