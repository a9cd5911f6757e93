package org.icpworkbench.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.workspace.WorkspacePassword;

/**
 * Reads a workspace password from the first line of a file, or from standard input for "-": never from the command
 * line itself, where it would show in the process list and the shell's history. Standard input is read line by line,
 * so the current and the new password can both come from it, in that order.
 */
final class WorkspacePasswordInput {

    private final InputStream stdin;
    private BufferedReader standardInput;

    WorkspacePasswordInput(InputStream stdin) {
        this.stdin = stdin;
    }

    /** None when no source was given. */
    WorkspacePassword read(String source) {
        if (source == null) {
            return WorkspacePassword.none();
        }
        return WorkspacePassword.of(line(source).toCharArray());
    }

    /** The first line of the file (or the next line of standard input for "-"): a password, never empty. */
    String line(String source) {
        String line;
        try {
            if (source.equals("-")) {
                if (standardInput == null) {
                    standardInput = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                }
                line = standardInput.readLine();
            } else {
                try (BufferedReader reader = Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
                    line = reader.readLine();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "cli.error.passwordFile", source);
        }
        if (line == null || line.isEmpty()) {
            throw new UserFacingException("cli.error.passwordEmpty", source);
        }
        return line;
    }
}
