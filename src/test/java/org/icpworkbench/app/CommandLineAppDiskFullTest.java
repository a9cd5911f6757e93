package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A healthy workspace on a disk that is really full: a small tmpfs, mounted in a private mount namespace of a child
 * process ({@code unshare -m}), holding a copy of the workspace and a filler file that takes every free byte. The
 * command line must say "the disk is full", not "damaged", make no quarantine copy, and print no stack trace.
 */
class CommandLineAppDiskFullTest {

    @TempDir
    Path temp;

    private Path source;

    @BeforeEach
    void sampleWorkspace() {
        source = temp.resolve("source");
        try (WorkspaceServices services = WorkspaceServices.open(source, Clock.systemUTC())) {
            services.samples().createSample(Language.EN).join();
        }
    }

    private static boolean canMountTmpfs(Path probe) throws Exception {
        Files.createDirectories(probe);
        try {
            Process p = new ProcessBuilder("unshare", "-m", "sh", "-c",
                    "mount -t tmpfs -o size=1m tmpfs '" + probe + "' && umount '" + probe + "'")
                    .redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Runs the command line on the copy on a full tmpfs; returns exit code, stdout, stderr and the folder's listing. */
    private List<String> runOnFullDisk(String... arguments) throws Exception {
        Path mountPoint = Files.createDirectories(temp.resolve("full"));
        Path stdout = temp.resolve("stdout.txt");
        Path stderr = temp.resolve("stderr.txt");
        Path listing = temp.resolve("listing.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long size = Files.size(source.resolve("workspace.mv.db")) + 4 * 1024 * 1024;
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=" + size + " tmpfs \"$1\" || exit 97",
                "cp -a \"$2\"/. \"$1\"/ || exit 98",
                "dd if=/dev/zero of=\"$1/filler\" bs=4k 2>/dev/null",
                "sync",
                "shift 2",
                "\"$@\" >'" + stdout + "' 2>'" + stderr + "'",
                "rc=$?",
                "ls -A \"" + mountPoint + "\" >'" + listing + "'",
                "exit $rc");
        List<String> command = new java.util.ArrayList<>(List.of("unshare", "-m", "bash", "-c", script, "disk-full",
                mountPoint.toString(), source.toString(), java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--workspace", mountPoint.toString(), "--lang", "en"));
        command.addAll(List.of(arguments));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(child.exitValue()).as("mounted and copied: " + output).isNotIn(97, 98);
        return List.of(String.valueOf(child.exitValue()), Files.readString(stdout), Files.readString(stderr),
                Files.readString(listing));
    }

    @Test
    void aHealthyWorkspaceOnAFullDiskIsReportedAsAFullDiskNotAsDamaged() throws Exception {
        assumeTrue(canMountTmpfs(temp.resolve("probe")), "needs unshare -m and mount -t tmpfs (root in a mount namespace)");

        List<String> run = runOnFullDisk("--list-projects");

        assertThat(run.get(0)).as("exit code").isEqualTo("1");
        assertThat(run.get(1)).as("stdout").isEmpty();
        assertThat(run.get(2)).as("stderr").contains("no space left on the disk").doesNotContain("damaged")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.get(2).lines().filter(line -> !line.isBlank()).count()).as("one line: " + run.get(2))
                .isLessThanOrEqualTo(2);
        assertThat(run.get(3)).as("no quarantine copy on a full disk").doesNotContain("quarantine")
                .doesNotContain(".trace.db").doesNotContain("seal.part");
    }

    @Test
    void theCheckOfAHealthyWorkspaceOnAFullDiskSaysHealthy() throws Exception {
        assumeTrue(canMountTmpfs(temp.resolve("probe")), "needs unshare -m and mount -t tmpfs (root in a mount namespace)");

        List<String> run = runOnFullDisk("--check");

        assertThat(run.get(0)).as("exit code; stderr: " + run.get(2)).isEqualTo("0");
        assertThat(run.get(1)).startsWith("Healthy");
    }
}
