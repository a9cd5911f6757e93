package org.icpworkbench.logic.interview;

/** Which answer: one question of one interview. */
public record AnswerKey(long interviewId, long questionId) {
}
