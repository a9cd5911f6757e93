package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second instance's request file reaches the first instance's callback once per request, through the file system. */
class WindowRaiseRequestsTest {

    @TempDir
    Path folder;

    @Test
    void eachRequestRaisesTheWindowOnceAndLeavesNoFileBehind() throws Exception {
        Semaphore raised = new Semaphore(0);
        try (WindowRaiseRequests ignored = WindowRaiseRequests.watch(folder, raised::release)) {
            assertThat(WindowRaiseRequests.request(folder)).isTrue();
            assertThat(raised.tryAcquire(10, TimeUnit.SECONDS)).as("first request").isTrue();
            assertThat(WindowRaiseRequests.request(folder)).isTrue();
            assertThat(raised.tryAcquire(10, TimeUnit.SECONDS)).as("second request").isTrue();
            // A third request proves no duplicate of the first two is still on its way.
            assertThat(WindowRaiseRequests.request(folder)).isTrue();
            assertThat(raised.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(raised.availablePermits()).isZero();
        }
        assertThat(folder.resolve(WindowRaiseRequests.FILE_NAME)).doesNotExist();
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRequestLeftFromBeforeIsNotTakenForANewOne() throws Exception {
        Files.writeString(folder.resolve(WindowRaiseRequests.FILE_NAME), "1\n");
        Semaphore raised = new Semaphore(0);
        try (WindowRaiseRequests ignored = WindowRaiseRequests.watch(folder, raised::release)) {
            assertThat(folder.resolve(WindowRaiseRequests.FILE_NAME)).doesNotExist();
            WindowRaiseRequests.request(folder);
            assertThat(raised.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(raised.availablePermits()).isZero();
        }
    }

    @Test
    void afterClosingNothingIsRaised() throws Exception {
        Semaphore raised = new Semaphore(0);
        WindowRaiseRequests.watch(folder, raised::release).close();
        WindowRaiseRequests.request(folder);
        assertThat(raised.tryAcquire(1, TimeUnit.SECONDS)).isFalse();
    }
}
