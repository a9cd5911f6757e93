package org.icpworkbench.model.customer;

/** A stored customer account of a project. */
public record Customer(long id, long projectId, CustomerData data) {
}
