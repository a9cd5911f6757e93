package org.icpworkbench.logic.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Database ids numbered 1, 2, 3… in the order first seen: how an archive names its rows, so that one project archived
 * twice gives the same file. Shared by the reading of every section, with the small parsers the sections use.
 */
final class ArchiveLocalIds {

    private final Map<Long, Long> ids = new LinkedHashMap<>();

    long assign(long databaseId) {
        return ids.computeIfAbsent(databaseId, id -> (long) ids.size() + 1);
    }

    long get(long databaseId) {
        Long id = ids.get(databaseId);
        if (id == null) {
            throw new IllegalStateException("Row " + databaseId + " refers outside the project");
        }
        return id;
    }

    boolean has(long databaseId) {
        return ids.containsKey(databaseId);
    }

    static List<Long> sorted(Collection<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> enumNamed(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
