package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How a {@link WorkspacePassword} becomes H2's {@code CIPHER=AES} settings, and how an encrypted file is told from a
 * plain one without opening it. See docs/decisions/0020-workspace-encryption.md.
 */
public final class WorkspaceEncryption {

    /** The first bytes of every file H2 encrypts ({@code FilePathEncrypt}); a plain MVStore file starts "H:2,". */
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    /**
     * H2 stretches the file password with only 10 rounds of PBKDF2, so the typed password is stretched here first; the
     * salt is fixed because the result must be derivable from the password alone (H2 keeps its own salt per file).
     */
    private static final byte[] SALT = "org.icpworkbench.workspace.v1".getBytes(StandardCharsets.US_ASCII);
    private static final int ROUNDS = 120_000;

    private WorkspaceEncryption() {
    }

    /** True when the file starts with H2's encryption header; false for a plain, short or unreadable file. */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The URL settings for the file: the cipher when there is a password. */
    static String urlSettings(WorkspacePassword password) {
        return password.isPresent() ? ";CIPHER=AES" : "";
    }

    /**
     * The JDBC password: "file password, space, user password". The file password is hex, so it never holds the space
     * H2 splits at, whatever was typed; the user password stays empty, as in every workspace, since changing the
     * file's encryption does not touch the users stored inside.
     */
    static String connectionPassword(WorkspacePassword password) {
        return password.isPresent() ? new String(filePassword(password)) + " " : "";
    }

    /** The key H2 derives the file's AES key from, or null for none (as ChangeFileEncryption expects). */
    static char[] filePassword(WorkspacePassword password) {
        if (!password.isPresent()) {
            return null;
        }
        char[] typed = password.characters().orElseThrow();
        PBEKeySpec spec = new PBEKeySpec(typed, SALT, ROUNDS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(typed, '\0');
        }
    }

    /**
     * Stops before H2 is asked to open a file the password does not fit: an encrypted file without a password, or a
     * password for a plain file (opening it would let the user believe it is protected).
     */
    static void requireMatching(Path file, WorkspacePassword password) {
        boolean encrypted = isEncrypted(file);
        if (encrypted && !password.isPresent()) {
            throw new WorkspaceException(WorkspaceProblem.PASSWORD_MISSING, file, null);
        }
        if (!encrypted && password.isPresent()) {
            throw new WorkspaceException(WorkspaceProblem.NOT_ENCRYPTED, file, null);
        }
    }

    /** What an H2 error means when the file is known to match the password given: a wrong password. */
    static WorkspaceProblem classify(java.sql.SQLException e, WorkspacePassword password) {
        WorkspaceProblem problem = WorkspaceOpener.classify(e);
        return password.isPresent() && problem == WorkspaceProblem.ENCRYPTED ? WorkspaceProblem.WRONG_PASSWORD : problem;
    }
}
