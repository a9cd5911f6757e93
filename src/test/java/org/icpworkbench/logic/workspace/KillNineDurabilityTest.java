package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.icpworkbench.model.project.ProjectSummary;
import org.icpworkbench.testsupport.WorkspaceHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project the application reported as created survives the process being killed at once. */
class KillNineDurabilityTest {

    @TempDir
    Path temp;

    @Test
    void projectsCreatedRightBeforeAKillAreKept() throws Exception {
        List<Long> created = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            WorkspaceHolder.Running holder = WorkspaceHolder.start(temp, "Project " + round);
            assertThat(holder.line()).startsWith("CREATED ");
            created.add(Long.parseLong(holder.line().substring("CREATED ".length())));
            holder.killHard();
        }

        try (WorkspaceServices services = WorkspaceServices.open(temp, Clock.systemUTC())) {
            assertThat(services.projects().summaries(true).join())
                    .extracting(ProjectSummary::id)
                    .containsExactlyInAnyOrderElementsOf(created);
        }
    }
}
