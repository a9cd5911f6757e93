package org.icpworkbench.gui.interview;

import org.icpworkbench.testsupport.ScriptedReplies;

/** Answers the interview feature's dialogs: fills the start dialog with the next reply and begins; cancels when none is left. */
public final class FakeInterviewDialogs implements InterviewDialogs {

    public final ScriptedReplies<StartInterviewViewModel> startReplies = new ScriptedReplies<>();

    @Override
    public boolean showStartInterview(StartInterviewViewModel start) {
        return startReplies.fill(start);
    }
}
