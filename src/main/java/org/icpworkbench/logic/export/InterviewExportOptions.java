package org.icpworkbench.logic.export;

/**
 * Choices for exporting an interview.
 *
 * @param includeNotes whether the interviewer's private notes are printed (they are by default)
 */
public record InterviewExportOptions(boolean includeNotes) {

    public static InterviewExportOptions defaults() {
        return new InterviewExportOptions(true);
    }
}
