package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work asked of a closed workspace fails through its future, never by throwing at the caller (a page still loading). */
class DatabaseExecutorTest {

    @TempDir
    Path temp;

    @Test
    void workQueuedAfterCloseFailsItsFutureInsteadOfThrowing() {
        Workspace workspace = new WorkspaceOpener().open(temp.resolve("ws"), WorkspacePassword.none());
        assertThat(workspace.database().submit(dsl -> dsl.fetchValue("SELECT 1")).join()).isEqualTo(1);
        workspace.close();

        CompletableFuture<Object> late = workspace.database().submit(dsl -> dsl.fetchValue("SELECT 1"));

        assertThat(late).isCompletedExceptionally();
        assertThat(late.handle((value, failure) -> failure).join()).isInstanceOf(WorkspaceClosedException.class);
    }
}
