package org.icpworkbench.logic.project;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.ProjectRepository;
import org.icpworkbench.logic.persistence.SettingRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;

/** Everything done to projects, queued on the workspace's database thread. */
public final class ProjectService {

    private static final String LAST_PROJECT = "ui.lastProject";

    private final DatabaseExecutor database;
    private final Clock clock;

    public ProjectService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<Project> create(ProjectDetails details) {
        return validated(details.name()).thenCompose(name ->
                database.submit(dsl -> new ProjectRepository(dsl).create(details, clock.instant())));
    }

    public CompletableFuture<Void> rename(long id, String newName) {
        return validated(newName).thenCompose(name ->
                database.run(dsl -> new ProjectRepository(dsl).rename(id, name, clock.instant())));
    }

    public CompletableFuture<Void> updateDetails(long id, ProjectDetails details) {
        return validated(details.name()).thenCompose(name ->
                database.run(dsl -> new ProjectRepository(dsl).updateDetails(id, details, clock.instant())));
    }

    public CompletableFuture<Void> setArchived(long id, boolean archived) {
        return database.run(dsl -> new ProjectRepository(dsl).setArchived(id, archived, clock.instant()));
    }

    public CompletableFuture<Void> moveToTrash(long id) {
        return database.run(dsl -> new ProjectRepository(dsl).moveToTrash(id, clock.instant()));
    }

    public CompletableFuture<Void> restoreFromTrash(long id) {
        return database.run(dsl -> new ProjectRepository(dsl).restoreFromTrash(id, clock.instant()));
    }

    public CompletableFuture<Void> deletePermanently(long id) {
        return database.run(dsl -> new ProjectRepository(dsl).deletePermanently(id));
    }

    public CompletableFuture<Optional<Project>> find(long id) {
        return database.submit(dsl -> new ProjectRepository(dsl).find(id));
    }

    public CompletableFuture<List<ProjectSummary>> summaries(boolean includeArchived) {
        return database.submit(dsl -> new ProjectRepository(dsl).summaries(includeArchived));
    }

    public CompletableFuture<List<Project>> trash() {
        return database.submit(dsl -> new ProjectRepository(dsl).trash());
    }

    public CompletableFuture<Optional<Long>> lastOpenedProject() {
        return database.submit(dsl -> new SettingRepository(dsl).get(LAST_PROJECT).flatMap(ProjectService::parseId));
    }

    public CompletableFuture<Void> rememberOpenedProject(long id) {
        return database.run(dsl -> new SettingRepository(dsl).put(LAST_PROJECT, Long.toString(id)));
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static CompletableFuture<String> validated(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            return CompletableFuture.failedFuture(new UserFacingException("project.error.nameRequired"));
        }
        if (stripped.length() > ProjectDetails.MAX_NAME_LENGTH) {
            return CompletableFuture.failedFuture(
                    new UserFacingException("project.error.nameTooLong", ProjectDetails.MAX_NAME_LENGTH));
        }
        return CompletableFuture.completedFuture(stripped);
    }
}
