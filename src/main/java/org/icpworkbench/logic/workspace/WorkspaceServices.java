package org.icpworkbench.logic.workspace;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.interview.InterviewService;
import org.icpworkbench.logic.persistence.QuestionnaireRepository;
import org.icpworkbench.logic.project.ProjectService;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.logic.sample.SampleProjectService;

/** The services of one open workspace, sharing its database thread. */
public final class WorkspaceServices implements AutoCloseable {

    private final Workspace workspace;
    private final ProjectService projects;
    private final InterviewService interviews;
    private final SampleProjectService samples;

    public WorkspaceServices(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.projects = new ProjectService(workspace.database(), clock);
        this.interviews = new InterviewService(workspace.database());
        this.samples = new SampleProjectService(workspace.database(), clock);
    }

    /** Opens (or creates) the workspace in the folder and makes sure the built-in questionnaire is stored. */
    public static WorkspaceServices open(java.nio.file.Path folder, Clock clock) {
        Workspace workspace = new WorkspaceOpener().open(folder);
        WorkspaceServices services = new WorkspaceServices(workspace, clock);
        services.installBuiltInQuestionnaire().join();
        return services;
    }

    public CompletableFuture<Long> installBuiltInQuestionnaire() {
        return workspace.database().submit(dsl ->
                new QuestionnaireRepository(dsl).installBuiltIn(BuiltInQuestionnaire.definition(), java.time.Instant.now()));
    }

    public Workspace workspace() {
        return workspace;
    }

    public ProjectService projects() {
        return projects;
    }

    public InterviewService interviews() {
        return interviews;
    }

    public SampleProjectService samples() {
        return samples;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
