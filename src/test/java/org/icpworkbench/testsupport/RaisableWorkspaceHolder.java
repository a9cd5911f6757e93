package org.icpworkbench.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.icpworkbench.logic.workspace.WindowRaiseRequests;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * A first instance for tests, in its own JVM: holds a workspace open and watches it for a second instance's requests
 * to come forward, as the application does. Prints {@code OPEN}, then {@code RAISED} for every request. With a second
 * argument {@code silent} it models a process whose window is gone or stuck: it notices requests ({@code HEARD}) but
 * never brings anything forward (the callback never returns).
 */
public final class RaisableWorkspaceHolder {

    private RaisableWorkspaceHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC());
        // UTF-8 whatever the locale: an archive's path may be Cyrillic.
        java.io.PrintStream out = new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        boolean silent = args.length > 1 && args[1].equals("silent");
        WindowRaiseRequests.watch(folder, archive -> {
            if (silent) {
                out.println("HEARD");
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            out.println("RAISED" + archive.map(file -> " " + file).orElse(""));
        });
        out.println("OPEN");
        new CountDownLatch(1).await();
        services.close();
    }
}
