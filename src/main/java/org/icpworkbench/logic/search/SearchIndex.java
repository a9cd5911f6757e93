package org.icpworkbench.logic.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a workspace's texts in a folder of its own, beside the workspace file. Changes are
 * visible to the next search (near-real-time reader) and committed on rebuild and on close. The last commit
 * says whether the index was closed cleanly: after a crash it may miss recent changes, so {@link #needsRebuild()}
 * tells the caller to rebuild it from the database, which stays the only source of truth.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String FORMAT_KEY = "format";
    private static final String STATE_KEY = "state";
    private static final String OPEN = "open";
    private static final String CLOSED = "closed";
    /** Left in the folder when an update could not be applied, so the next start rebuilds. */
    static final String REBUILD_MARKER = "rebuild-requested";

    private final Path folder;
    private final SearchFields fields = new SearchFields();
    private final Highlighter highlighter = new Highlighter(fields);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean needsRebuild;
    /** Set when a change failed: the index may then differ from the database and must not be called clean. */
    private volatile boolean incomplete;
    private boolean closed;

    private SearchIndex(Path folder, boolean wiped) throws IOException {
        this(folder, FSDirectory.open(folder), wiped);
    }

    private SearchIndex(Path folder, Directory directory, boolean wiped) throws IOException {
        this.folder = folder;
        this.directory = directory;
        IndexWriter opened = null;
        try {
            boolean existed = DirectoryReader.indexExists(directory);
            opened = new IndexWriter(directory, new IndexWriterConfig(fields.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            Map<String, String> last = commitData(opened);
            this.needsRebuild = wiped || !existed || folder == null || Files.exists(folder.resolve(REBUILD_MARKER))
                    || !SearchFields.FORMAT.equals(last.get(FORMAT_KEY)) || !CLOSED.equals(last.get(STATE_KEY));
            // Marked open before anything changes: a crash from here on leaves an index that asks to be rebuilt.
            opened.setLiveCommitData(Map.of(FORMAT_KEY, SearchFields.FORMAT, STATE_KEY, OPEN).entrySet());
            opened.commit();
            if (folder != null) {
                Files.deleteIfExists(folder.resolve(REBUILD_MARKER));
            }
            this.writer = opened;
            this.searchers = new SearcherManager(opened, null);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened, directory);
            throw e;
        }
    }

    /**
     * Opens the index in the folder, creating it if missing. A damaged or unreadable index is deleted and
     * started afresh; either way {@link #needsRebuild()} is then true.
     *
     * @throws LockObtainFailedException when another process has the index open
     */
    public static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            return new SearchIndex(folder, false);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index in {} cannot be read and is rebuilt", folder, e);
            deleteIndexFiles(folder);
            return new SearchIndex(folder, true);
        }
    }

    /**
     * An index held only in memory, for an encrypted workspace: the answer text it stores must not reach the disk in
     * clear (ADR 0020). It starts empty, so {@link #needsRebuild()} is true.
     */
    public static SearchIndex inMemory() throws IOException {
        return new SearchIndex(null, new org.apache.lucene.store.ByteBuffersDirectory(), true);
    }

    /** Deletes an index on disk (left from before the workspace was encrypted); nothing when there is none. */
    public static void discard(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            deleteIndexFiles(folder);
            Files.delete(folder);
        }
    }

    /** Makes the next {@link #open} report that the index needs rebuilding (used when an update was lost). */
    public static void requestRebuild(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(REBUILD_MARKER), "");
        } catch (IOException e) {
            LOG.warn("Could not mark the search index in {} for rebuilding", folder, e);
        }
    }

    /** True when the index was missing, damaged, of an older format or not closed cleanly last time. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** The folder of an index on disk; null for one {@link #inMemory() in memory}. */
    public Path folder() {
        return folder;
    }

    /** Adds the document or replaces the one with its id. */
    public void put(SearchDocument document) throws IOException {
        change(() -> writer.updateDocument(new Term(SearchFields.ID, document.id()), toLucene(document)));
    }

    public void delete(String id) throws IOException {
        change(() -> writer.deleteDocuments(new Term(SearchFields.ID, id)));
    }

    /** Removes every document of a project. */
    public void deleteProject(long projectId) throws IOException {
        change(() -> writer.deleteDocuments(LongField.newExactQuery(SearchFields.PROJECT, projectId)));
    }

    /** Replaces the whole index with these documents and commits. */
    public void rebuild(Iterable<SearchDocument> documents) throws IOException {
        change(() -> {
            writer.deleteAll();
            for (SearchDocument document : documents) {
                writer.addDocument(toLucene(document));
            }
            writer.commit();
        });
        searchers.maybeRefreshBlocking();
    }

    /** How many documents the index holds, including changes not yet committed. */
    public int documentCount() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The best matches of what a person typed, best first, in one project or (empty) the whole workspace.
     * Every word must match in some form; "quoted words" must match as a phrase. Empty or meaningless input
     * (only punctuation or stop words) finds nothing.
     */
    public List<SearchHit> search(String typed, OptionalLong projectId, int limit) throws IOException {
        UserQuery query = UserQuery.parse(typed, fields);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            ScoreDoc[] top = searcher.search(scoped(query.query(), projectId), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(top.length);
            for (ScoreDoc scoreDoc : top) {
                hits.add(highlighter.hit(fromLucene(stored.document(scoreDoc.doc)), query));
            }
            return hits;
        } catch (IOException e) {
            incomplete = true;
            throw e;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits pending changes and marks the index as closed cleanly, unless a change failed. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!incomplete) {
                writer.setLiveCommitData(Map.of(FORMAT_KEY, SearchFields.FORMAT, STATE_KEY, CLOSED).entrySet());
            }
            writer.commit();
        } finally {
            IOUtils.close(searchers, writer, directory, fields.russian(), fields.english());
        }
    }

    private interface Change {
        void apply() throws IOException;
    }

    private void change(Change change) throws IOException {
        try {
            change.apply();
        } catch (IOException | RuntimeException e) {
            incomplete = true;
            throw e;
        }
    }

    private static Query scoped(Query query, OptionalLong projectId) {
        if (projectId.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(LongField.newExactQuery(SearchFields.PROJECT, projectId.getAsLong()), Occur.FILTER)
                .build();
    }

    private static Document toLucene(SearchDocument document) {
        Document lucene = new Document();
        lucene.add(new StringField(SearchFields.ID, document.id(), Store.YES));
        lucene.add(new StringField(SearchFields.KIND, document.kind().name(), Store.YES));
        lucene.add(new LongField(SearchFields.PROJECT, document.projectId(), Store.YES));
        lucene.add(new LongField(SearchFields.INTERVIEW, document.interviewId(), Store.YES));
        lucene.add(new LongField(SearchFields.QUESTION, document.questionId(), Store.YES));
        lucene.add(new StoredField(SearchFields.TEXT, document.text()));
        lucene.add(new TextField(SearchFields.RUSSIAN, document.text(), Store.NO));
        lucene.add(new TextField(SearchFields.ENGLISH, document.text(), Store.NO));
        return lucene;
    }

    private static SearchDocument fromLucene(Document lucene) {
        return new SearchDocument(
                lucene.get(SearchFields.ID),
                SearchKind.valueOf(lucene.get(SearchFields.KIND)),
                lucene.getField(SearchFields.PROJECT).numericValue().longValue(),
                lucene.getField(SearchFields.INTERVIEW).numericValue().longValue(),
                lucene.getField(SearchFields.QUESTION).numericValue().longValue(),
                lucene.get(SearchFields.TEXT));
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /** Only plain files directly in the folder: the index is flat, and the folder is the index's own. */
    private static void deleteIndexFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }
}
