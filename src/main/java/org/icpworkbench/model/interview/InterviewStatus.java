package org.icpworkbench.model.interview;

/** Whether an interview is still being taken or done. */
public enum InterviewStatus {
    DRAFT,
    COMPLETE
}
