package org.icpworkbench.logic.common;

import java.util.List;

/**
 * A failure the user can act on. It carries a message key of the resource bundles and its arguments,
 * so that the window and the command line can each say it in the user's language.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public UserFacingException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
