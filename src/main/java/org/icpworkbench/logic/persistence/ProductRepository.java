package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.PRODUCT;

import java.util.List;
import org.icpworkbench.model.project.Product;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A project's product catalogue. */
public final class ProductRepository {

    private final DSLContext dsl;

    public ProductRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Product create(long projectId, String name, String description) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            int position = tx.fetchCount(PRODUCT, PRODUCT.PROJECT_ID.eq(projectId)) + 1;
            long id = tx.insertInto(PRODUCT)
                    .set(PRODUCT.PROJECT_ID, projectId)
                    .set(PRODUCT.NAME, name)
                    .set(PRODUCT.DESCRIPTION, description)
                    .set(PRODUCT.POSITION, position)
                    .returning(PRODUCT.ID).fetchOne().getId();
            return new Product(id, projectId, name, description, position);
        });
    }

    public void rename(long productId, String name) {
        dsl.transaction(configuration -> DSL.using(configuration).update(PRODUCT).set(PRODUCT.NAME, name)
                .where(PRODUCT.ID.eq(productId)).execute());
    }

    public void delete(long productId) {
        dsl.transaction(configuration -> DSL.using(configuration).deleteFrom(PRODUCT).where(PRODUCT.ID.eq(productId)).execute());
    }

    public List<Product> forProject(long projectId) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.PROJECT_ID.eq(projectId)).orderBy(PRODUCT.POSITION)
                .fetch(r -> new Product(r.getId(), r.getProjectId(), r.getName(), r.getDescription(), r.getPosition()));
    }
}
