package org.icpworkbench.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.icpworkbench.logic.workspace.WindowRaiseRequests;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * A first instance for tests, in its own JVM: holds a workspace open and watches it for a second instance's requests
 * to come forward, as the application does. Prints {@code OPEN}, then {@code RAISED} for every request.
 */
public final class RaisableWorkspaceHolder {

    private RaisableWorkspaceHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC());
        WindowRaiseRequests.watch(folder, () -> {
            System.out.println("RAISED");
            System.out.flush();
        });
        System.out.println("OPEN");
        System.out.flush();
        new CountDownLatch(1).await();
        services.close();
    }
}
