package kg.kozomol.portal;

import java.util.List;

/** What the public tracker's filters offer: state bodies, themes, issuing CSOs, years of release and SDG targets. */
public record TrackerChoices(List<PublicOrganisation> bodies, List<PublicTheme> themes, List<PublicOrganisation> organisations,
        List<Integer> years, List<PublicSdg> sdgs) {}
