package org.icpworkbench.model.project;

/** An entry of a project's product catalogue. */
public record Product(long id, long projectId, String name, String description, int position) {
}
