package org.icpworkbench.logic.search;

import java.util.Objects;

/**
 * One searchable text and where it belongs. The id is stable, so saving the same answer again replaces its
 * document: {@code answer:<interviewId>:<questionId>:text}, {@code answer:<interviewId>:<questionId>:note},
 * {@code memo:<memoId>}. Interview and question are 0 where they do not apply.
 */
public record SearchDocument(String id, SearchKind kind, long projectId, long interviewId, long questionId, String text) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }

    public static SearchDocument answer(long projectId, long interviewId, long questionId, String text) {
        return new SearchDocument(answerId(interviewId, questionId), SearchKind.ANSWER, projectId, interviewId, questionId, text);
    }

    public static SearchDocument note(long projectId, long interviewId, long questionId, String text) {
        return new SearchDocument(noteId(interviewId, questionId), SearchKind.NOTE, projectId, interviewId, questionId, text);
    }

    /** A memo; what it is about (the project, a question, a tag) is found from its id. */
    public static SearchDocument memo(long memoId, long projectId, String text) {
        return new SearchDocument(memoId(memoId), SearchKind.MEMO, projectId, 0, 0, text);
    }

    public static String answerId(long interviewId, long questionId) {
        return "answer:" + interviewId + ":" + questionId + ":text";
    }

    public static String noteId(long interviewId, long questionId) {
        return "answer:" + interviewId + ":" + questionId + ":note";
    }

    public static String memoId(long memoId) {
        return "memo:" + memoId;
    }
}
