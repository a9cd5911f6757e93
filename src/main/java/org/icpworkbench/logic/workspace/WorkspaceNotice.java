package org.icpworkbench.logic.workspace;

import java.util.List;

/**
 * Something the user must be told about a workspace that did open — a finding, not a failure (an unreadable seal that
 * was renewed, say). A message key of the bundles and its arguments, said by the window and on the command line.
 */
public record WorkspaceNotice(String messageKey, List<Object> arguments) {

    public WorkspaceNotice(String messageKey, Object... arguments) {
        this(messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
