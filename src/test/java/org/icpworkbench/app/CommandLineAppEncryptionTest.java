package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.icpworkbench.logic.workspace.WorkspaceEncryption;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineAppEncryptionTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private Path passwordFile(String name, String password) throws Exception {
        return Files.writeString(temp.resolve(name), password + "\nignored second line\n");
    }

    private Path encryptedSample() throws Exception {
        Path folder = temp.resolve("ws");
        Result created = cli.runWithInput("", "--workspace", folder.toString(), "--lang", "en",
                "--workspace-password-file", passwordFile("pw", "correct horse battery").toString(), "--create-sample");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(folder))).isTrue();
        return folder;
    }

    @Test
    void aWorkspaceCreatedWithAPasswordOpensOnlyWithIt() throws Exception {
        Path folder = encryptedSample();

        Result missing = cli.runWithInput("", "--workspace", folder.toString(), "--lang", "en", "--list-projects");
        assertThat(missing.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(missing.err().strip()).doesNotContain("\n")
                .contains("is protected with a password; pass --workspace-password-file");

        Result wrong = cli.runWithInput("wrong horse battery\n", "--workspace", folder.toString(), "--lang", "en",
                "--workspace-password-file", "-", "--list-projects");
        assertThat(wrong.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(wrong.err()).contains("password for the workspace").contains("is wrong");

        Result right = cli.runWithInput("correct horse battery\n", "--workspace", folder.toString(), "--lang", "en",
                "--workspace-password-file", "-", "--list-projects");
        assertThat(right.exitCode()).as(right.err()).isZero();
        assertThat(right.out()).contains("\t");

        Result russian = cli.runWithInput("", "--workspace", folder.toString(), "--lang", "ru", "--list-projects");
        assertThat(russian.err()).contains("защищено паролем; укажите --workspace-password-file");
    }

    @Test
    void theCheckNeedsThePasswordOfAnEncryptedWorkspace() throws Exception {
        Path folder = encryptedSample();

        Result without = cli.runWithInput("", "--workspace", folder.toString(), "--lang", "en", "--check");
        assertThat(without.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(without.err()).contains("--workspace-password-file");

        Result with = cli.runWithInput("", "--workspace", folder.toString(), "--lang", "en", "--check",
                "--workspace-password-file", temp.resolve("pw").toString());
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out()).startsWith("Healthy: ");
    }

    @Test
    void setChangeAndRemoveThePassword() throws Exception {
        Path plain = temp.resolve("plain");
        assertThat(cli.runWithInput("", "--workspace", plain.toString(), "--lang", "en", "--create-sample").exitCode()).isZero();

        Result protect = cli.runWithInput("first password\n", "--workspace", plain.toString(), "--lang", "en", "--set-password", "-");
        assertThat(protect.exitCode()).as(protect.err()).isZero();
        assertThat(protect.out()).contains("is now protected with the new password");
        assertThat(WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(plain))).isTrue();

        Result change = cli.runWithInput("first password\nsecond password\n", "--workspace", plain.toString(), "--lang", "en",
                "--workspace-password-file", "-", "--set-password", "-", "--list-projects");
        assertThat(change.exitCode()).as(change.err()).isZero();
        assertThat(change.out()).contains("is now protected with the new password").contains("\t");

        Result old = cli.runWithInput("first password\n", "--workspace", plain.toString(), "--lang", "en",
                "--workspace-password-file", "-", "--list-projects");
        assertThat(old.exitCode()).isEqualTo(CommandLineApp.FAILED);

        Result removeWithout = cli.runWithInput("", "--workspace", plain.toString(), "--lang", "en", "--remove-password");
        assertThat(removeWithout.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(removeWithout.err()).contains("--workspace-password-file");

        Result remove = cli.runWithInput("second password\n", "--workspace", plain.toString(), "--lang", "en",
                "--workspace-password-file", "-", "--remove-password");
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(plain))).isFalse();
        assertThat(cli.runWithInput("", "--workspace", plain.toString(), "--lang", "en", "--list-projects").exitCode()).isZero();

        Result unneeded = cli.runWithInput("second password\n", "--workspace", plain.toString(), "--lang", "en",
                "--workspace-password-file", "-", "--list-projects");
        assertThat(unneeded.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(unneeded.err()).contains("is not protected with a password");
    }

    @Test
    void badPasswordRequestsAreRefusedWithTheirReason() throws Exception {
        Path folder = temp.resolve("ws");
        Result both = cli.runWithInput("", "--workspace", folder.toString(), "--lang", "en", "--set-password", "-", "--remove-password");
        assertThat(both.exitCode()).isEqualTo(CommandLineApp.USAGE);
        assertThat(both.err()).contains("cannot be used together");

        assertThat(cli.runWithInput("", "--workspace", folder.toString(), "--lang", "en", "--create-sample").exitCode()).isZero();
        Result tooShort = cli.runWithInput("short\n", "--workspace", folder.toString(), "--lang", "en", "--set-password", "-");
        assertThat(tooShort.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(tooShort.err()).contains("shorter than 8 characters");
        Result empty = cli.runWithInput("", "--workspace", folder.toString(), "--lang", "en", "--set-password", "-");
        assertThat(empty.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(folder))).isFalse();
    }

    @Test
    void helpListsThePasswordOptions() {
        Result help = cli.runWithInput("", "--help", "--lang", "en");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--workspace-password-file").contains("--set-password").contains("--remove-password");
    }
}
