package org.icpworkbench.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.project.ProjectDetails;

/**
 * A second process for tests: it opens a workspace, optionally creates a project, prints one line
 * ({@code OPEN} or {@code CREATED <id>}) once that is committed, and then waits to be killed.
 */
public final class WorkspaceHolder {

    private WorkspaceHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC());
        if (args.length > 1) {
            long id = services.projects().create(ProjectDetails.named(args[1])).join().id();
            System.out.println("CREATED " + id);
        } else {
            System.out.println("OPEN");
        }
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Starts the holder in its own JVM and returns once it has printed its line. */
    public static Running start(Path folder, String... projectName) throws IOException {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(java.util.List.of(javaBinary, "-cp", System.getProperty("java.class.path"),
                WorkspaceHolder.class.getName(), folder.toString()));
        command.addAll(java.util.List.of(projectName));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null) {
            throw new IOException("Workspace holder exited with " + waitQuietly(process));
        }
        return new Running(process, line);
    }

    private static int waitQuietly(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The holder process and the line it printed. */
    public record Running(Process process, String line) implements AutoCloseable {

        /** Kills the process the way {@code kill -9} does: no shutdown hook, no clean close. */
        public void killHard() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            killHard();
        }
    }
}
