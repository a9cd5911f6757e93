package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.logic.interview.UnsavedAnswersFile;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.model.interview.AnswerDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is typed is never lost to a file that cannot be written when the workspace closes: the answers still only in
 * memory are kept in a file beside the workspace (or, when even that fails, in a folder of the system's temporary
 * directory named after the workspace), and the next opening puts them into the workspace and says so (ADR 0018).
 */
final class UnsavedAnswersRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(UnsavedAnswersRecovery.class);

    /** The answers put back by an opening, and what to tell the user. */
    record Restored(List<AnswerKey> keys, List<WorkspaceNotice> notices) { }

    private UnsavedAnswersRecovery() {
    }

    /** Where the answers go when the workspace folder itself cannot take them. */
    static Path fallbackFolder(Path workspaceFolder) {
        String id = HexFormat.of().formatHex(sha256(workspaceFolder.toAbsolutePath().normalize().toString())).substring(0, 16);
        return Path.of(System.getProperty("java.io.tmpdir"), "icp-workbench-unsaved", id);
    }

    /** Keeps the drafts in a file; returns it, or empty when there was nothing to keep or nowhere would take it. */
    static Optional<Path> keep(Path workspaceFolder, Map<AnswerKey, AnswerDraft> drafts, Instant at, WorkspacePassword password) {
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        for (Path folder : List.of(workspaceFolder, fallbackFolder(workspaceFolder))) {
            Optional<char[]> characters = password.characters();
            try {
                Files.createDirectories(folder);
                Path kept = UnsavedAnswersFile.write(folder, drafts, at, characters);
                LOG.warn("{} unsaved answers kept in {}", drafts.size(), kept);
                return Optional.of(kept);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not keep the unsaved answers in {}: {}", folder, e.getMessage());
            } finally {
                characters.ifPresent(chars -> java.util.Arrays.fill(chars, '\0'));
            }
        }
        LOG.error("{} unsaved answers could not be kept anywhere", drafts.size());
        return Optional.empty();
    }

    /** Puts every kept file's answers into the workspace, one file per transaction; deletes each file put in. */
    static Restored restore(Workspace workspace) {
        List<Path> files = new ArrayList<>(UnsavedAnswersFile.find(workspace.folder()));
        files.addAll(UnsavedAnswersFile.find(fallbackFolder(workspace.folder())));
        List<AnswerKey> keys = new ArrayList<>();
        List<WorkspaceNotice> notices = new ArrayList<>();
        for (Path file : files) {
            Optional<char[]> characters = workspace.password().characters();
            try {
                Map<AnswerKey, AnswerDraft> answers = UnsavedAnswersFile.read(file, characters);
                Instant now = Instant.now();
                workspace.database().run(dsl -> dsl.transaction(configuration -> {
                    InterviewRepository repository = new InterviewRepository(configuration.dsl());
                    answers.forEach((key, draft) -> repository.saveAnswer(key.interviewId(), key.questionId(), draft, now));
                })).join();
                Files.delete(file);
                keys.addAll(answers.keySet());
                notices.add(new WorkspaceNotice("workspace.notice.unsavedRestored", answers.size(), file.toString()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not put back the unsaved answers of {}: {}", file, e.getMessage());
                notices.add(new WorkspaceNotice("workspace.notice.unsavedNotRestored", file.toString()));
            } finally {
                characters.ifPresent(chars -> java.util.Arrays.fill(chars, '\0'));
            }
        }
        return new Restored(keys, notices);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
