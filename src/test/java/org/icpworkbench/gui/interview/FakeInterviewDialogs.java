package org.icpworkbench.gui.interview;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Answers the interview feature's dialogs from scripted replies. */
public final class FakeInterviewDialogs implements InterviewDialogs {

    public final Deque<Consumer<StartInterviewViewModel>> startReplies = new ArrayDeque<>();

    /** Fills the start dialog with the next scripted reply; begins unless none is scripted. */
    @Override
    public boolean showStartInterview(StartInterviewViewModel start) {
        if (startReplies.isEmpty()) {
            return false;
        }
        startReplies.removeFirst().accept(start);
        return true;
    }
}
