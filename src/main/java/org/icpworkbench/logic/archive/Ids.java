package org.icpworkbench.logic.archive;

import java.util.HashSet;
import java.util.Set;

/** Archive ids of one kind: each unique and positive. */
final class Ids {
    private final String entry;
    private final Set<Long> ids = new HashSet<>();

    Ids(String entry) {
        this.entry = entry;
    }

    void add(At at, long id) {
        if (id <= 0 || !ids.add(id)) {
            throw at.field("id").problem("archive.invalid.duplicateId", Long.toString(id));
        }
    }

    void require(At at, String field, long id) {
        if (!ids.contains(id)) {
            throw at.field(field).problem("archive.invalid.reference", Long.toString(id), entry);
        }
    }
}
