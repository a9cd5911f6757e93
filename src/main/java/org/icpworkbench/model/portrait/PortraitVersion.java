package org.icpworkbench.model.portrait;

/** A published version with its frozen content. */
public record PortraitVersion(PortraitVersionInfo info, PortraitSnapshot snapshot) { }
