package org.icpworkbench.logic.export;

import java.util.List;

/** A piece of well-formed XHTML that goes into a template as it is; everything else is escaped. */
record Markup(String xhtml) {

    static final Markup EMPTY = new Markup("");

    /** Plain text as markup: escaped, so that nothing the user typed can become an element. */
    static Markup text(String text) {
        return new Markup(Xhtml.escape(text));
    }

    static Markup join(List<Markup> parts) {
        StringBuilder joined = new StringBuilder();
        parts.forEach(part -> joined.append(part.xhtml()));
        return new Markup(joined.toString());
    }

    boolean isEmpty() {
        return xhtml.isEmpty();
    }
}
