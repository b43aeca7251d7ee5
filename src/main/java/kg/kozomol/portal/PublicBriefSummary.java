package kg.kozomol.portal;

import java.time.Instant;

/** A published brief as a list or card shows it; {@code excerpt} is the start of its summary as plain text. */
public record PublicBriefSummary(long id, PublicText title, PublicText excerpt, PublicOrganisation organisation, PublicTheme theme,
        Instant firstPublishedAt, Instant publishedAt, boolean withdrawn, long recommendations) {

    public String path() {
        return PortalPaths.brief(id, title);
    }
}
