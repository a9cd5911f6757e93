package org.icpworkbench.model.scorecard;

/** A stored prospect of a project. */
public record Prospect(long id, long projectId, ProspectData data) {
}
