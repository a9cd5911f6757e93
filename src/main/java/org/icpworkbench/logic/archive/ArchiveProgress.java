package org.icpworkbench.logic.archive;

/**
 * Told how an export or import goes, for a progress bar; called from background threads (never the UI thread), so a
 * window hands the values over to its own thread.
 */
@FunctionalInterface
public interface ArchiveProgress {

    /** The steps, in order. */
    enum Stage {
        /** Export: reading the project from the database. Import: reading and unpacking the file. */
        READING,
        /** Import: checking checksums, the JSON and every reference. */
        VALIDATING,
        /** Import: storing the rows; {@code done} of {@code total} rows. */
        STORING,
        /** Export: writing the file. */
        WRITING,
        DONE
    }

    ArchiveProgress NONE = (stage, done, total) -> { };

    /** {@code done} and {@code total} are 0 where a step has no count. */
    void update(Stage stage, long done, long total);
}
