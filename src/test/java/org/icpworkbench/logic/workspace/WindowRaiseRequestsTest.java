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
        try (WindowRaiseRequests ignored = WindowRaiseRequests.watch(folder, archive -> raised.release())) {
            assertThat(WindowRaiseRequests.request(folder)).isTrue();
            assertThat(raised.tryAcquire(10, TimeUnit.SECONDS)).as("first request").isTrue();
            assertThat(WindowRaiseRequests.request(folder)).isTrue();
            assertThat(raised.tryAcquire(10, TimeUnit.SECONDS)).as("second request").isTrue();
            // A third request proves no duplicate of the first two is still on its way.
            assertThat(WindowRaiseRequests.request(folder)).isTrue();
            assertThat(raised.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(raised.availablePermits()).isZero();
        }
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRequestLeftFromBeforeIsNotTakenForANewOne() throws Exception {
        Files.writeString(folder.resolve(WindowRaiseRequests.FILE_NAME), "1\n");
        Files.writeString(folder.resolve(WindowRaiseRequests.FILE_NAME + "-2"), "2\n/tmp/old.icpw\n");
        Semaphore raised = new Semaphore(0);
        try (WindowRaiseRequests ignored = WindowRaiseRequests.watch(folder, archive -> raised.release())) {
            assertThat(folder.resolve(WindowRaiseRequests.FILE_NAME)).doesNotExist();
            assertThat(WindowRaiseRequests.requests(folder)).isEmpty();
            WindowRaiseRequests.request(folder);
            assertThat(raised.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            assertThat(raised.availablePermits()).isZero();
        }
    }

    @Test
    void afterClosingNothingIsRaised() throws Exception {
        Semaphore raised = new Semaphore(0);
        WindowRaiseRequests.watch(folder, archive -> raised.release()).close();
        WindowRaiseRequests.request(folder);
        assertThat(raised.tryAcquire(1, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aRequestHandsOverTheArchiveTheSecondInstanceWasGiven() throws Exception {
        java.util.concurrent.BlockingQueue<java.util.Optional<Path>> handed = new java.util.concurrent.LinkedBlockingQueue<>();
        Path archive = folder.resolve("Клиенты 2026.icpw");
        try (WindowRaiseRequests ignored = WindowRaiseRequests.watch(folder, handed::add)) {
            assertThat(WindowRaiseRequests.request(folder, java.util.Optional.of(archive))).isTrue();
            assertThat(handed.poll(10, TimeUnit.SECONDS)).contains(archive.toAbsolutePath());
            assertThat(WindowRaiseRequests.request(folder)).isTrue();
            assertThat(handed.poll(10, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void requestsFromTwoInstancesAtOnceAreBothAnswered() throws Exception {
        java.util.concurrent.BlockingQueue<java.util.Optional<Path>> handed = new java.util.concurrent.LinkedBlockingQueue<>();
        try (WindowRaiseRequests ignored = WindowRaiseRequests.watch(folder, handed::add)) {
            // Another instance's file, written as request() writes it, next to this process's own.
            Path other = Files.writeString(folder.resolve("other.tmp"), "1\n/tmp/a.icpw\n");
            Files.move(other, folder.resolve(WindowRaiseRequests.FILE_NAME + "-1"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            WindowRaiseRequests.request(folder, java.util.Optional.of(Path.of("/tmp/b.icpw")));
            java.util.List<java.util.Optional<Path>> answered = new java.util.ArrayList<>();
            answered.add(handed.poll(10, TimeUnit.SECONDS));
            answered.add(handed.poll(10, TimeUnit.SECONDS));
            assertThat(answered).containsExactlyInAnyOrder(java.util.Optional.of(Path.of("/tmp/a.icpw")),
                    java.util.Optional.of(Path.of("/tmp/b.icpw")));
        }
    }
}
