package org.icpworkbench.logic.workspace;

import java.util.Arrays;
import java.util.Optional;

/**
 * The password a workspace is (to be) encrypted with, or none. Held as characters so it can be wiped; never logged,
 * never written anywhere but into H2's key derivation.
 */
public final class WorkspacePassword {

    private static final WorkspacePassword NONE = new WorkspacePassword(null);

    private final char[] characters;

    private WorkspacePassword(char[] characters) {
        this.characters = characters;
    }

    public static WorkspacePassword none() {
        return NONE;
    }

    /** A password from the given characters (copied); an empty array means no password. */
    public static WorkspacePassword of(char[] characters) {
        return characters == null || characters.length == 0 ? NONE : new WorkspacePassword(characters.clone());
    }

    public boolean isPresent() {
        return characters != null;
    }

    /** A copy of the characters, for the caller to wipe after use. */
    public Optional<char[]> characters() {
        return Optional.ofNullable(characters).map(char[]::clone);
    }

    /** Overwrites the characters; this instance means "no password" afterwards only to the code holding it. */
    public void wipe() {
        if (characters != null) {
            Arrays.fill(characters, '\0');
        }
    }

    @Override
    public String toString() {
        return isPresent() ? "WorkspacePassword[set]" : "WorkspacePassword[none]";
    }
}
