package org.icpworkbench.logic.archive;

/**
 * What an import reads at most, so that a damaged or hostile file (a "zip bomb") cannot exhaust memory or disk: the
 * archive file's size, its number of entries, the unpacked size of the manifest, of any one entry and of all entries.
 */
public record ArchiveLimits(long maxArchiveBytes, int maxEntries, long maxManifestBytes, long maxEntryBytes,
        long maxTotalBytes) {

    private static final long MB = 1024L * 1024L;

    /** 256 MB per archive file, 32 entries, 1 MB of manifest, 256 MB per unpacked entry and 512 MB in all. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(256 * MB, 32, MB, 256 * MB, 512 * MB);

    public ArchiveLimits {
        if (maxArchiveBytes <= 0 || maxEntries <= 0 || maxManifestBytes <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("Limits must be positive");
        }
    }

    static String megabytes(long bytes) {
        return Long.toString(Math.max(1, bytes / MB));
    }
}
