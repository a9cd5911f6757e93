package org.icpworkbench.logic.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.icpworkbench.model.questionnaire.QuestionnaireDefinition;

/** The questionnaire the application ships: 24 questions in four audiences and the customer extension. */
public final class BuiltInQuestionnaire {

    private static final String RESOURCE = "builtin-questionnaire.json";
    private static volatile QuestionnaireDefinition definition;

    private BuiltInQuestionnaire() {
    }

    public static QuestionnaireDefinition definition() {
        QuestionnaireDefinition loaded = definition;
        if (loaded == null) {
            try (InputStream json = BuiltInQuestionnaire.class.getResourceAsStream(RESOURCE)) {
                if (json == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE);
                }
                loaded = QuestionnaireJson.read(json);
                definition = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }
}
