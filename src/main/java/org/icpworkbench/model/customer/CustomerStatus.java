package org.icpworkbench.model.customer;

/** Whether a customer still buys. */
public enum CustomerStatus {
    ACTIVE,
    CHURNED
}
