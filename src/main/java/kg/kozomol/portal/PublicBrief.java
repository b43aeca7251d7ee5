package kg.kozomol.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kg.kozomol.platform.Languages;

/**
 * A published brief as it reads now (its latest published version); rich-text sections are sanitised HTML. A
 * withdrawn brief stays readable at its address, marked with the date it was withdrawn.
 */
public record PublicBrief(long id, PublicText title, PublicText summary, PublicText problem, PublicText methodology,
        String studyReference, Integer sampleSize, String sampleDescription, String originalLanguage,
        PublicOrganisation organisation, PublicTheme theme, int publishedVersion, Instant firstPublishedAt,
        Instant publishedAt, boolean withdrawn, Instant withdrawnAt, List<PublicFinding> findings, List<PublicFile> annexes) {

    public String path() {
        return PortalPaths.brief(id, title);
    }

    /** The languages the brief is written in, for its downloads. */
    public List<String> languages() {
        List<String> languages = new ArrayList<>();
        if (Languages.present(title.ru()) || Languages.present(summary.ru())) {
            languages.add("ru");
        }
        if (Languages.present(title.ky()) || Languages.present(summary.ky())) {
            languages.add("ky");
        }
        return languages;
    }

    PublicBrief with(List<PublicFinding> findings, List<PublicFile> annexes) {
        return new PublicBrief(id, title, summary, problem, methodology, studyReference, sampleSize, sampleDescription,
                originalLanguage, organisation, theme, publishedVersion, firstPublishedAt, publishedAt, withdrawn, withdrawnAt,
                List.copyOf(findings), List.copyOf(annexes));
    }
}
