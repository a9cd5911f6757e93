package org.icpworkbench.logic.export;

import java.util.Objects;
import java.util.Optional;
import org.icpworkbench.model.common.Language;

/**
 * Choices for exporting a project's ICP portrait.
 *
 * @param language the document's language
 * @param anonymous whether respondents' names are left out: quotes name the role, company and date only, and the
 *        appendix calls respondents "Respondent 1", "Respondent 2"… (the same number throughout)
 * @param appendix whether every interview is appended, grouped by audience
 * @param password when present, the file is encrypted (AES-256) and opens only with it; it is then not PDF/A
 */
public record PortraitPdfOptions(Language language, boolean anonymous, boolean appendix, Optional<String> password) {

    public PortraitPdfOptions {
        Objects.requireNonNull(language, "language");
        password = password == null ? Optional.empty() : password.filter(text -> !text.isEmpty());
    }

    /** Names shown, no appendix, no password. */
    public static PortraitPdfOptions of(Language language) {
        return new PortraitPdfOptions(language, false, false, Optional.empty());
    }
}
