package org.icpworkbench.logic.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path temp;
    private TestWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = TestWorkspace.openIn(temp);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void createdProjectsAreReadBackWithTheirDetails() {
        Project created = workspace.inDatabase(dsl -> new ProjectRepository(dsl)
                .create(new ProjectDetails("  Acme ICP ", "Acme Ltd", "Logistics", "Kick-off on Monday"), T0));

        Project read = workspace.inDatabase(dsl -> new ProjectRepository(dsl).find(created.id())).orElseThrow();

        assertThat(read.name()).isEqualTo("Acme ICP");
        assertThat(read.clientCompany()).isEqualTo("Acme Ltd");
        assertThat(read.industry()).isEqualTo("Logistics");
        assertThat(read.notes()).isEqualTo("Kick-off on Monday");
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.archived()).isFalse();
        assertThat(read.inTrash()).isFalse();
    }

    @Test
    void renameAndArchiveChangeTheListAndTheUpdateTime() {
        long id = workspace.inDatabase(dsl -> new ProjectRepository(dsl).create(ProjectDetails.named("Old"), T0)).id();

        workspace.inDatabase(dsl -> {
            new ProjectRepository(dsl).rename(id, "New", T1);
            new ProjectRepository(dsl).setArchived(id, true, T1);
            return null;
        });

        assertThat(workspace.list(dsl -> new ProjectRepository(dsl).summaries(false))).isEmpty();
        ProjectSummary archived = workspace.list(dsl -> new ProjectRepository(dsl).summaries(true)).getFirst();
        assertThat(archived.name()).isEqualTo("New");
        assertThat(archived.archived()).isTrue();
        assertThat(archived.updatedAt()).isEqualTo(T1);
    }

    @Test
    void trashHidesAProjectUntilRestoredAndOnlyTrashedProjectsCanBeDeleted() {
        long id = workspace.inDatabase(dsl -> new ProjectRepository(dsl).create(ProjectDetails.named("Doomed"), T0)).id();
        assertThatThrownBy(() -> workspace.inDatabase(dsl -> {
            new ProjectRepository(dsl).deletePermanently(id);
            return null;
        })).hasMessageContaining("not in the trash");

        workspace.inDatabase(dsl -> {
            new ProjectRepository(dsl).moveToTrash(id, T1);
            return null;
        });
        assertThat(workspace.list(dsl -> new ProjectRepository(dsl).summaries(true))).isEmpty();
        assertThat(workspace.list(dsl -> new ProjectRepository(dsl).trash())).extracting(Project::id).containsExactly(id);

        workspace.inDatabase(dsl -> {
            new ProjectRepository(dsl).restoreFromTrash(id, T1);
            return null;
        });
        assertThat(workspace.list(dsl -> new ProjectRepository(dsl).summaries(true))).extracting(ProjectSummary::id)
                .containsExactly(id);
    }

    @Test
    void aProjectWithInterviewsCodingCustomersAndAPortraitIsDeletedForGood() {
        long id = workspace.services().samples().createSample(org.icpworkbench.model.common.Language.EN).join().id();
        workspace.services().projects().moveToTrash(id).join();

        workspace.services().projects().deletePermanently(id).join();

        assertThat(workspace.list(dsl -> new ProjectRepository(dsl).trash())).isEmpty();
        assertThat(workspace.<Integer>inDatabase(dsl -> dsl.fetchCount(org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW)).intValue())
                .isZero();
        assertThat(workspace.<Integer>inDatabase(dsl -> dsl.fetchCount(org.icpworkbench.logic.persistence.generated.Tables.ANSWER)).intValue())
                .isZero();
        assertThat(workspace.<Integer>inDatabase(dsl -> dsl.fetchCount(org.icpworkbench.logic.persistence.generated.Tables.CUSTOMER)).intValue())
                .isZero();
    }

    @Test
    void deletingForGoodRemovesEverythingTheProjectHeld() {
        long id = workspace.inDatabase(dsl -> new ProjectRepository(dsl).create(ProjectDetails.named("Gone"), T0)).id();
        workspace.inDatabase(dsl -> new RespondentRepository(dsl).create(id,
                new NewRespondent("Ivan", "CFO", "Acme", "", true, Optional.of(LocalDate.of(2026, 11, 1))), T0));

        workspace.inDatabase(dsl -> {
            new ProjectRepository(dsl).moveToTrash(id, T1);
            new ProjectRepository(dsl).deletePermanently(id);
            return null;
        });

        assertThat(workspace.list(dsl -> new ProjectRepository(dsl).trash())).isEmpty();
        assertThat(workspace.list(dsl -> new RespondentRepository(dsl).forProject(id))).isEmpty();
    }

    @Test
    void summariesCountInterviewsAndRespondents() {
        Project sample = workspace.services().samples().createSample(org.icpworkbench.model.common.Language.EN).join();

        ProjectSummary summary = workspace.list(dsl -> new ProjectRepository(dsl).summaries(true)).getFirst();

        assertThat(summary.id()).isEqualTo(sample.id());
        assertThat(summary.interviewCount()).isEqualTo(12);
        assertThat(summary.respondentCount()).isEqualTo(12);
    }
}
