package org.icpworkbench.gui.interview;

/** The interview feature's own dialogs; {@code FxInterviewDialogs} shows them, tests script them. */
public interface InterviewDialogs {

    /** Shows the "new interview" choices; true when the user chose to begin. */
    boolean showStartInterview(StartInterviewViewModel start);
}
