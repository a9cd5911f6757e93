package org.icpworkbench.logic.project;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.project.Product;

/** A project's product catalogue, offered by the questions about products bought and used. */
public final class CatalogueService {

    private final DatabaseExecutor database;

    public CatalogueService(DatabaseExecutor database) {
        this.database = database;
    }

    public CompletableFuture<List<Product>> products(long projectId) {
        return database.submit(dsl -> new ProductRepository(dsl).forProject(projectId));
    }

    public CompletableFuture<Product> add(long projectId, String name) {
        return valid(name).thenCompose(clean -> database.submit(dsl -> new ProductRepository(dsl).create(projectId, clean, "")));
    }

    public CompletableFuture<Void> rename(long productId, String name) {
        return valid(name).thenCompose(clean -> database.run(dsl -> new ProductRepository(dsl).rename(productId, clean)));
    }

    public CompletableFuture<Void> remove(long productId) {
        return database.run(dsl -> new ProductRepository(dsl).delete(productId));
    }

    private static CompletableFuture<String> valid(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return CompletableFuture.failedFuture(new UserFacingException("catalogue.error.nameRequired"));
        }
        if (clean.length() > 200) {
            return CompletableFuture.failedFuture(new UserFacingException("catalogue.error.nameTooLong", 200));
        }
        return CompletableFuture.completedFuture(clean);
    }
}
