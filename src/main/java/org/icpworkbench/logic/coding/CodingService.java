package org.icpworkbench.logic.coding;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.CodingRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.MemoSubject;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.coding.TagSummary;
import org.jooq.impl.DSL;

/** Coding a project's answers: tags with one level of grouping, tagged and starred passages, memos. */
public final class CodingService {

    public static final String DEFAULT_COLOR = "#4C78A8";
    private static final int MAX_NAME = 200;

    private final DatabaseExecutor database;
    private final Clock clock;

    public CodingService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<List<TagSummary>> tags(long projectId) {
        return database.submit(dsl -> new CodingRepository(dsl).tagSummaries(projectId));
    }

    public CompletableFuture<Tag> createTag(long projectId, String name, Optional<Long> parentId) {
        return database.submit(dsl -> {
            CodingRepository repository = new CodingRepository(dsl);
            String clean = checkedName(repository, projectId, name, java.util.OptionalLong.empty());
            parentId.ifPresent(parent -> checkParent(repository, parent, Optional.empty()));
            return repository.createTag(projectId, clean, DEFAULT_COLOR, "", parentId, clock.instant());
        });
    }

    public CompletableFuture<Void> updateTag(long tagId, String name, String color, String description) {
        return database.run(dsl -> {
            CodingRepository repository = new CodingRepository(dsl);
            Tag tag = repository.tag(tagId).orElseThrow(() -> new UserFacingException("coding.error.noTag"));
            String clean = checkedName(repository, tag.projectId(), name, java.util.OptionalLong.of(tagId));
            repository.updateTag(tagId, clean, color == null || color.isBlank() ? tag.color() : color,
                    description == null ? "" : description.strip());
        });
    }

    /** Puts a tag under a parent (or back at the top). Only one level: a parent has no parent, a child has no children. */
    public CompletableFuture<Void> setParent(long tagId, Optional<Long> parentId) {
        return database.run(dsl -> {
            CodingRepository repository = new CodingRepository(dsl);
            parentId.ifPresent(parent -> checkParent(repository, parent, Optional.of(tagId)));
            repository.setParent(tagId, parentId);
        });
    }

    /** Merges {@code source} into {@code target}: passages, children and memo follow; {@code source} disappears. */
    public CompletableFuture<Void> merge(long sourceId, long targetId) {
        if (sourceId == targetId) {
            return CompletableFuture.failedFuture(new UserFacingException("coding.error.mergeSelf"));
        }
        return database.run(dsl -> new CodingRepository(dsl).mergeTags(sourceId, targetId, clock.instant()));
    }

    public CompletableFuture<Void> deleteTag(long tagId) {
        return database.run(dsl -> new CodingRepository(dsl).deleteTag(tagId));
    }

    /** Tags (and optionally stars) a stretch of an answer; the stretch is stored as it reads now. */
    public CompletableFuture<Long> code(long interviewId, long questionId, String answerText, int start, int end,
                                        List<Long> tagIds, boolean star) {
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(answerText.length(), Math.max(start, end));
        String text = answerText.substring(from, to).strip();
        if (text.isEmpty()) {
            return CompletableFuture.failedFuture(new UserFacingException("coding.error.emptySelection"));
        }
        if (tagIds.isEmpty() && !star) {
            return CompletableFuture.failedFuture(new UserFacingException("coding.error.noTagChosen"));
        }
        return database.submit(dsl -> dsl.transactionResult(configuration -> {
            CodingRepository repository = new CodingRepository(DSL.using(configuration));
            long answerId = repository.answerId(interviewId, questionId)
                    .orElseThrow(() -> new UserFacingException("coding.error.noAnswer"));
            return repository.codePassage(answerId, from, to, text, tagIds, star, clock.instant());
        }));
    }

    public CompletableFuture<Void> setStarred(long passageId, boolean starred) {
        return database.run(dsl -> new CodingRepository(dsl).setStarred(passageId, starred));
    }

    public CompletableFuture<Void> untag(long passageId, long tagId) {
        return database.run(dsl -> new CodingRepository(dsl).untag(passageId, tagId));
    }

    public CompletableFuture<Void> deletePassage(long passageId) {
        return database.run(dsl -> new CodingRepository(dsl).deletePassage(passageId));
    }

    public CompletableFuture<List<CodedPassage>> passagesOfTag(long projectId, long tagId) {
        return database.submit(dsl -> new CodingRepository(dsl).passages(projectId, CodingRepository.taggedWith(tagId)));
    }

    public CompletableFuture<List<CodedPassage>> quotes(long projectId) {
        return database.submit(dsl -> new CodingRepository(dsl).passages(projectId, CodingRepository.starredOnly()));
    }

    public CompletableFuture<List<CodedPassage>> passagesOfAnswer(long projectId, long interviewId, long questionId) {
        return database.submit(dsl -> new CodingRepository(dsl).answerId(interviewId, questionId)
                .map(answerId -> new CodingRepository(dsl).passages(projectId, CodingRepository.ofAnswer(answerId)))
                .orElse(List.of()));
    }

    public CompletableFuture<List<CodedPassage>> allPassages(long projectId) {
        return database.submit(dsl -> new CodingRepository(dsl).passages(projectId, DSL.noCondition()));
    }

    public CompletableFuture<String> memo(long projectId, MemoSubject subject, String key) {
        return database.submit(dsl -> new CodingRepository(dsl).memo(projectId, subject, key));
    }

    /** A saved memo: its id, project and text, for whoever keeps an index of texts. */
    public record MemoSaved(long memoId, long projectId, String text) {
    }

    private final java.util.List<java.util.function.Consumer<MemoSaved>> memoListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public void onMemoSaved(java.util.function.Consumer<MemoSaved> listener) {
        memoListeners.add(listener);
    }

    public CompletableFuture<Void> saveMemo(long projectId, MemoSubject subject, String key, String text) {
        return database.run(dsl -> {
            long id = new CodingRepository(dsl).saveMemo(projectId, subject, key, text, clock.instant());
            MemoSaved saved = new MemoSaved(id, projectId, text);
            memoListeners.forEach(listener -> listener.accept(saved));
        });
    }

    private static String checkedName(CodingRepository repository, long projectId, String name, java.util.OptionalLong self) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("coding.error.tagNameRequired");
        }
        if (clean.length() > MAX_NAME) {
            throw new UserFacingException("coding.error.tagNameTooLong", MAX_NAME);
        }
        repository.tagNamed(projectId, clean).filter(existing -> !(self.isPresent() && self.getAsLong() == existing.id())).ifPresent(existing -> {
            throw new UserFacingException("coding.error.tagExists", existing.name());
        });
        return clean;
    }

    private static void checkParent(CodingRepository repository, long parentId, Optional<Long> child) {
        Tag parent = repository.tag(parentId).orElseThrow(() -> new UserFacingException("coding.error.noTag"));
        if (parent.parentId().isPresent() || child.map(id -> id == parentId).orElse(false)) {
            throw new UserFacingException("coding.error.oneLevel");
        }
        if (child.map(repository::hasChildren).orElse(false)) {
            throw new UserFacingException("coding.error.oneLevel");
        }
    }
}
