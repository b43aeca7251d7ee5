package kg.kozomol.study.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.study.Reviewer;
import kg.kozomol.study.RevisionChange;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;
import kg.kozomol.study.StudyReviews;

/** What the study page and the review page both show: the study, who reviews it, the endorsements and the history. */
@Component
class ReviewPage {

    /** A changed item as shown: its name and both values in the reader's language. */
    record ChangeView(String label, String before, String after) {}

    private final StudyAccess access;
    private final StudyReviews reviews;
    private final StudyChoices choices;
    private final MessageSource messages;

    ReviewPage(StudyAccess access, StudyReviews reviews, StudyChoices choices, MessageSource messages) {
        this.access = access;
        this.reviews = reviews;
        this.choices = choices;
        this.messages = messages;
    }

    void common(Model model, Study study, KozomolPrincipal user) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> organisations = choices.organisationNames();
        List<Reviewer> reviewers = reviews.reviewers(study.id());
        Map<Long, String> reviewerNames = new HashMap<>();
        reviewers.forEach(r -> reviewerNames.put(r.id(), r.body() ? organisations.get(r.organisationId()) : r.expertName()));
        model.addAttribute("study", study);
        model.addAttribute("locale", locale);
        model.addAttribute("organisationNames", organisations);
        model.addAttribute("themeNames", choices.themeNames());
        model.addAttribute("reviewers", reviewers);
        model.addAttribute("reviewerNames", reviewerNames);
        model.addAttribute("endorsements", reviewers.stream().filter(r -> r.decision() == kg.kozomol.study.Decision.ENDORSED).toList());
        model.addAttribute("history", reviews.history(study.id()));
        model.addAttribute("canEdit", access.canEdit(study, user));
        model.addAttribute("mine", reviewers.stream().filter(r -> reviews.speaksFor(r, user)).findFirst().orElse(null));
    }

    List<ChangeView> changes(List<RevisionChange> changes) {
        return changes.stream().map(c -> new ChangeView(label("study.item." + c.key()), shown(c.key(), c.before()),
                shown(c.key(), c.after()))).toList();
    }

    private String shown(String key, String value) {
        String prefix = kg.kozomol.study.Revision.codePrefix(key);
        if (value == null || prefix == null) {
            return value;
        }
        return Arrays.stream(value.split(",")).map(code -> label(prefix + code)).collect(Collectors.joining(", "));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
