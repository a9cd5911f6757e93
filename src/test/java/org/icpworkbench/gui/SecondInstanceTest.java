package org.icpworkbench.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.testsupport.RaisableWorkspaceHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second instance on a workspace that another JVM holds open: the opening fails as "in use", the first instance is
 * asked to come forward through the workspace folder (and does), and the second one says so before it quits.
 */
class SecondInstanceTest {

    @TempDir
    Path folder;

    @Test
    void theSecondInstanceBringsTheFirstForwardAndSaysSo() throws Exception {
        SecondStart second = startSecond(java.util.Optional.empty());

        assertThat(second.message()).isEqualTo(
                "ICP Workbench already has this workspace open; that window has been brought to the front.");
        assertThat(second.firstHeard()).isEqualTo("RAISED");
    }

    @Test
    void anArchiveTheSecondInstanceWasOpenedWithIsHandedToTheFirst() throws Exception {
        Path archive = folder.getParent().resolve("Клиенты.icpw");

        SecondStart second = startSecond(java.util.Optional.of(archive));

        assertThat(second.message()).isEqualTo("ICP Workbench already has this workspace open; that window has been"
                + " brought to the front and is importing Клиенты.icpw.");
        assertThat(second.firstHeard()).isEqualTo("RAISED " + archive.toAbsolutePath());
    }

    /**
     * Issue 15: a process whose window is gone still held the lock, its watcher took the request away and the second
     * instance said "that window has been brought to the front". Now it is only said when the window answered.
     */
    @Test
    void aHolderWhoseWindowDoesNotComeForwardIsNamedWithItsPid() throws Exception {
        SecondStart second = startSecond(java.util.Optional.empty(), true);

        assertThat(second.message()).doesNotContain("brought to the front")
                .isEqualTo("Another ICP Workbench process (PID " + second.firstPid() + ") has this workspace open but does"
                        + " not answer: its window may have closed without the program ending. Close that program, or end"
                        + " process " + second.firstPid() + " (Task Manager, Activity Monitor or \"kill " + second.firstPid()
                        + "\"), then start ICP Workbench again.");
        assertThat(second.firstHeard()).isEqualTo("HEARD");
        assertThat(org.icpworkbench.logic.workspace.WindowRaiseRequests.requests(folder)).as("request taken back").isEmpty();
    }

    @Test
    void theSilentHolderIsNamedInRussianAndTheArchiveIsSaidNotToBeImported() throws Exception {
        Path archive = folder.getParent().resolve("Клиенты.icpw");
        SecondStart second = startSecond(java.util.Optional.of(archive), true, Language.RU);

        assertThat(second.message()).startsWith("Это рабочее пространство открыто другим процессом ICP Workbench (PID "
                + second.firstPid() + "), но он не отвечает").endsWith("Клиенты.icpw не импортирован; откройте его снова,"
                + " когда рабочее пространство освободится.");
    }

    private record SecondStart(String message, String firstHeard, long firstPid) {
    }

    private SecondStart startSecond(java.util.Optional<Path> archive) throws Exception {
        return startSecond(archive, false);
    }

    private SecondStart startSecond(java.util.Optional<Path> archive, boolean silent) throws Exception {
        return startSecond(archive, silent, Language.EN);
    }

    /** A first instance holds the workspace in another JVM; this one fails to open it and describes why. */
    private SecondStart startSecond(java.util.Optional<Path> archive, boolean silent, Language language) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                RaisableWorkspaceHolder.class.getName(), folder.toString(), silent ? "silent" : "answering"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("OPEN");
            CompletableFuture<String> raised = CompletableFuture.supplyAsync(() -> {
                try {
                    return lines.readLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            Throwable failure = catchThrowable(() -> WorkspaceServices.open(folder, Clock.systemUTC()).close());
            // Waits up to SecondInstance.ANSWER_WAIT (5 s) for the first instance to answer.
            String message = SecondInstance.describe(failure, folder, archive, Messages.of(language));

            String heard = raised.get(20, TimeUnit.SECONDS);
            assertThat(first.isAlive()).as("the first instance goes on").isTrue();
            return new SecondStart(message, heard, first.pid());
        } finally {
            first.destroyForcibly().waitFor();
        }
    }

    @Test
    void otherProblemsKeepTheirOwnMessage() throws Exception {
        Throwable failure = new org.icpworkbench.logic.workspace.WorkspaceException(
                org.icpworkbench.logic.workspace.WorkspaceProblem.NOT_WRITABLE, folder, null);
        assertThat(SecondInstance.describe(failure, folder, Messages.of(Language.EN)))
                .startsWith("Cannot write to the workspace folder");
        assertThat(org.icpworkbench.logic.workspace.WindowRaiseRequests.requests(folder)).isEmpty();
    }
}
