package org.icpworkbench.gui.customer;

/** A problem of an import as the dialog's problems table shows it. */
public record ProblemRow(String row, String column, String reason) { }
