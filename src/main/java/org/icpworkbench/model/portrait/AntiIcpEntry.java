package org.icpworkbench.model.portrait;

/**
 * An explicit disqualifier of the anti-ICP: who does not fit, and why.
 *
 * @param id 0 until stored
 * @param segment the customer segment it names, "" when it is not about one segment
 */
public record AntiIcpEntry(long id, String statement, String reason, String segment) { }
