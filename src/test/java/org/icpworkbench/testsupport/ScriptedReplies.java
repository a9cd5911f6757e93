package org.icpworkbench.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Scripted replies to a dialog: each fills the dialog's view model, as the user would, in the order added. */
public final class ScriptedReplies<M> {

    private final Deque<Consumer<M>> replies = new ArrayDeque<>();

    public void add(Consumer<M> reply) {
        replies.addLast(reply);
    }

    /** Fills {@code viewModel} with the next reply; false (the dialog cancelled) when none is left. */
    public boolean fill(M viewModel) {
        Consumer<M> reply = replies.pollFirst();
        if (reply == null) {
            return false;
        }
        reply.accept(viewModel);
        return true;
    }
}
