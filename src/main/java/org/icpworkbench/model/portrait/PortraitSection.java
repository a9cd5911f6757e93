package org.icpworkbench.model.portrait;

/** The parts of the written portrait (step 3), in the order the document shows them. */
public enum PortraitSection {
    WHO_THEY_ARE,
    WHAT_THEY_WANT,
    HOW_THEY_BUY,
    WHY_THEY_STAY,
    WHAT_THEY_BUY
}
