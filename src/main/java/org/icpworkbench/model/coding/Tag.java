package org.icpworkbench.model.coding;

import java.util.Optional;

/** A code applied to passages of answers; tags group under one parent at most. */
public record Tag(long id, long projectId, String name, String color, String description, Optional<Long> parentId) {
}
