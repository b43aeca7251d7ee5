package kg.kozomol.tracker.imports;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.tracker.Recommendations;

/** Builds the vocabulary of one import from the themes, state bodies and SDG targets as they are now. */
@Component
class ImportWords {

    private final MessageSource messages;
    private final Themes themes;
    private final Organisations organisations;
    private final Recommendations recommendations;

    ImportWords(MessageSource messages, Themes themes, Organisations organisations, Recommendations recommendations) {
        this.messages = messages;
        this.themes = themes;
        this.organisations = organisations;
        this.recommendations = recommendations;
    }

    ImportVocabulary now() {
        return new ImportVocabulary(messages, themes.all(), organisations.ofKind(OrganisationKind.STATE_BODY),
                recommendations.sdgTargets());
    }
}
