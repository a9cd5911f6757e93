package org.icpworkbench.logic.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.interview.AnswerAutosaver;
import org.icpworkbench.logic.interview.InterviewService;
import org.icpworkbench.logic.persistence.QuestionnaireRepository;
import org.icpworkbench.logic.project.ProjectService;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.logic.questionnaire.QuestionnaireService;
import org.icpworkbench.logic.sample.SampleProjectService;

/** The services of one open workspace, sharing its database thread. */
public final class WorkspaceServices implements AutoCloseable {

    private final Workspace workspace;
    private final ProjectService projects;
    private final InterviewService interviews;
    private final SampleProjectService samples;
    private final AnswerAutosaver autosaver;
    private final QuestionnaireService questionnaires;
    private final org.icpworkbench.logic.coding.CodingService coding;
    private final org.icpworkbench.logic.search.SearchService search;
    private volatile boolean searchStarted;
    private final org.icpworkbench.logic.project.CatalogueService catalogue;
    private final org.icpworkbench.logic.customer.CustomerService customers;
    private final org.icpworkbench.logic.portrait.ProposalService proposals;
    private final org.icpworkbench.logic.scorecard.ScorecardService scorecards;
    private final org.icpworkbench.logic.portrait.PortraitService portraits;
    private final WorkspaceBackups backups;
    private volatile boolean closed;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkspaceServices.class);

    /** Pause in typing after which an answer is saved, and the longest it waits while typing goes on. */
    public static final java.time.Duration AUTOSAVE_DELAY = java.time.Duration.ofMillis(300);
    public static final java.time.Duration AUTOSAVE_MAX_WAIT = java.time.Duration.ofSeconds(2);

    public WorkspaceServices(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.projects = new ProjectService(workspace.database(), clock);
        this.interviews = new InterviewService(workspace.database(), clock);
        interviews.onErased(projectId -> {
            workspace.compactOnClose();
            projectTextsChanged(projectId);
        });
        this.autosaver = new AnswerAutosaver(workspace.database(), clock, AUTOSAVE_DELAY, AUTOSAVE_MAX_WAIT);
        this.samples = new SampleProjectService(workspace.database(), clock);
        this.questionnaires = new QuestionnaireService(workspace.database(), clock);
        this.coding = new org.icpworkbench.logic.coding.CodingService(workspace.database(), clock);
        this.search = new org.icpworkbench.logic.search.SearchService(workspace.database(), searchIndexFolder(workspace));
        autosaver.onSaved(saved -> {
            if (searchStarted) {
                search.answerSaved(saved.key().interviewId(), saved.key().questionId());
            }
        });
        coding.onMemoSaved(memo -> {
            if (searchStarted) {
                search.memoSaved(memo.projectId(), memo.memoId(), memo.text());
            }
        });
        this.catalogue = new org.icpworkbench.logic.project.CatalogueService(workspace.database());
        this.customers = new org.icpworkbench.logic.customer.CustomerService(workspace.database(), clock);
        this.proposals = new org.icpworkbench.logic.portrait.ProposalService(workspace.database(), clock);
        this.scorecards = new org.icpworkbench.logic.scorecard.ScorecardService(workspace.database(), clock);
        this.portraits = new org.icpworkbench.logic.portrait.PortraitService(workspace.database(), proposals, customers, clock);
        this.backups = new WorkspaceBackups(workspace.folder(), WorkspaceBackups.DEFAULT_KEEP, clock);
    }

    /**
     * Where the search index is kept: beside the file, or only in memory for an encrypted workspace, whose answer text
     * must not reach the disk in clear — an index left there from before the encryption is deleted (ADR 0020).
     */
    private static java.nio.file.Path searchIndexFolder(Workspace workspace) {
        java.nio.file.Path folder = workspace.folder().resolve(WorkspaceBackups.SEARCH_INDEX_FOLDER);
        if (!workspace.password().isPresent()) {
            return folder;
        }
        try {
            org.icpworkbench.logic.search.SearchIndex.discard(folder);
        } catch (java.io.IOException e) {
            LOG.warn("Could not delete the search index left in {}", folder, e);
        }
        return null;
    }

    /** Opens (or creates) the workspace in the folder and makes sure the built-in questionnaire is stored. */
    public static WorkspaceServices open(java.nio.file.Path folder, Clock clock) {
        return open(folder, WorkspacePassword.none(), clock);
    }

    /** As {@link #open(java.nio.file.Path, Clock)} with the workspace's password; a new one is created encrypted. */
    public static WorkspaceServices open(java.nio.file.Path folder, WorkspacePassword password, Clock clock) {
        Workspace workspace = new WorkspaceOpener().open(folder, password);
        WorkspaceServices services = new WorkspaceServices(workspace, clock);
        services.installBuiltInQuestionnaire().join();
        services.restoreUnsavedAnswers();
        services.backupOnOpen();
        return services;
    }

    private volatile List<org.icpworkbench.logic.interview.AnswerKey> restoredAnswers = List.of();
    private volatile List<WorkspaceNotice> notices = List.of();
    private volatile java.util.Optional<java.nio.file.Path> unsavedAnswersKept = java.util.Optional.empty();

    /** Answers kept in a file when an earlier session could not save them go into the workspace before anything else. */
    void restoreUnsavedAnswers() {
        UnsavedAnswersRecovery.Restored restored = UnsavedAnswersRecovery.restore(workspace);
        restoredAnswers = List.copyOf(restored.keys());
        List<WorkspaceNotice> all = new java.util.ArrayList<>(workspace.notices());
        all.addAll(restored.notices());
        notices = List.copyOf(all);
    }

    /** What opening found and the user must be told: the window shows each, the command line writes each to stderr. */
    public List<WorkspaceNotice> notices() {
        return notices.isEmpty() ? workspace.notices() : notices;
    }

    /** After {@link #close()}: the file that keeps answers which could not be saved, if any had to be kept. */
    public java.util.Optional<java.nio.file.Path> unsavedAnswersKept() {
        return unsavedAnswersKept;
    }

    /** Backs the workspace up as it was opened (in the background, on the database thread) when it changed since. */
    public CompletableFuture<Void> backupOnOpen() {
        return backups.createIfChangedSince(workspace.lastChangedBeforeOpening(), workspace.database(), "open").handle((done, failure) -> {
            if (failure != null) {
                LOG.warn("No backup on opening", failure);
            }
            return null;
        });
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

    public org.icpworkbench.logic.project.CatalogueService catalogue() {
        return catalogue;
    }

    public org.icpworkbench.logic.customer.CustomerService customers() {
        return customers;
    }

    public org.icpworkbench.logic.scorecard.ScorecardService scorecards() {
        return scorecards;
    }

    public org.icpworkbench.logic.portrait.PortraitService portraits() {
        return portraits;
    }

    public org.icpworkbench.logic.portrait.ProposalService proposals() {
        return proposals;
    }

    public org.icpworkbench.logic.export.InterviewPdfExporter interviewPdf() {
        return new org.icpworkbench.logic.export.InterviewPdfExporter(workspace.database());
    }

    public org.icpworkbench.logic.export.PortraitPdfExporter portraitPdf() {
        return new org.icpworkbench.logic.export.PortraitPdfExporter(workspace.database(), portraits, scorecards, customers,
                java.time.Clock.systemDefaultZone());
    }

    public org.icpworkbench.logic.search.SearchService search() {
        return search;
    }

    /**
     * Opens the search index (rebuilding it when missing or stale) in the background; searches queue behind
     * it. Until then the index is left alone: the count check at start catches anything saved meanwhile.
     */
    public CompletableFuture<Boolean> startSearch() {
        searchStarted = true;
        return search.start().thenApply(started -> {
            restoredAnswers.forEach(key -> search.answerSaved(key.interviewId(), key.questionId()));
            return started;
        }).exceptionally(failure -> {
            org.slf4j.LoggerFactory.getLogger(WorkspaceServices.class).warn("Search is unavailable", failure);
            return false;
        });
    }

    /** Tells the search index that a project's texts appeared or went (sample added, trash, restore). */
    public void projectTextsChanged(long projectId) {
        if (searchStarted) {
            search.projectChanged(projectId);
        }
    }

    public org.icpworkbench.logic.coding.CodingService coding() {
        return coding;
    }

    public QuestionnaireService questionnaires() {
        return questionnaires;
    }

    public AnswerAutosaver autosaver() {
        return autosaver;
    }

    public WorkspaceBackups backups() {
        return backups;
    }

    /** Saves typed text still in memory, backs the workspace up when it changed, then closes the database. */
    @Override
    public void close() {
        autosaver.close();
        if (!closed && autosaver.hasUnsavedChanges()) {
            unsavedAnswersKept = UnsavedAnswersRecovery.keep(workspace.folder(), autosaver.unsavedDrafts(), Instant.now(),
                    workspace.password());
        }
        search.close();
        // After an erasure the file still holds the erased words in old pages until the closing compaction; a backup
        // taken now would keep them, so the next opening backs up the compacted file instead.
        if (!closed && !workspace.compactsOnClose()) {
            closed = true;
            try {
                backups.createIfChanged(workspace.database(), "close").join();
            } catch (RuntimeException e) {
                LOG.warn("No backup on close", e);
            }
        }
        workspace.close();
    }
}
