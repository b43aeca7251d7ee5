package kg.kozomol.portal.opendata;

import java.util.List;
import org.springframework.stereotype.Component;
import kg.kozomol.portal.BodyScorecard;
import kg.kozomol.portal.PublicAddresseeLine;
import kg.kozomol.portal.PublicBodyTimeline;
import kg.kozomol.portal.PublicBriefSummary;
import kg.kozomol.portal.PublicRecommendation;
import kg.kozomol.portal.PublicRecommendationRow;
import kg.kozomol.portal.PublicThemeSummary;
import kg.kozomol.portal.PublicTimelineEntry;
import kg.kozomol.portal.UptakeFigures;

/** The portal's public records as open data: plain values, both languages, absolute addresses. */
@Component
class OpenRecords {

    private final Addresses addresses;

    OpenRecords(Addresses addresses) {
        this.addresses = addresses;
    }

    OpenRecommendation recommendation(PublicRecommendationRow r) {
        return new OpenRecommendation(r.id(), r.reference(), OpenText.of(r.text()), r.releasedAt(), name(r.priority()),
                name(r.actionType()), OpenRef.of(r.theme(), addresses), OpenRef.of(r.issuer(), addresses),
                r.brief() == null ? null : r.brief().id(), r.brief() == null ? null : OpenText.of(r.brief().title()),
                r.withdrawn(), r.evaluation() == null ? null : r.evaluation().id(),
                r.evaluation() == null ? null : r.evaluation().title(), r.evaluation() == null ? null : r.evaluation().programmeId(),
                r.evaluation() == null ? null : r.evaluation().programmeReference(),
                r.addressees().stream().map(this::line).toList(), addresses.absolute(r.path()));
    }

    OpenRecommendationDetail detail(PublicRecommendation r) {
        return new OpenRecommendationDetail(recommendation(r.summary()), r.proposedImplementationDate(),
                r.sdgs().stream().map(kg.kozomol.portal.PublicSdg::code).toList(), timeline(r), OpenLicence.NAME);
    }

    List<OpenEvent> timeline(PublicRecommendation r) {
        return r.bodies().stream().flatMap(b -> b.timeline().stream().map(e -> event(b, e))).toList();
    }

    OpenBrief brief(PublicBriefSummary b) {
        return new OpenBrief(b.id(), OpenText.of(b.title()), OpenText.of(b.excerpt()), OpenRef.of(b.organisation(), addresses),
                OpenRef.of(b.theme(), addresses), b.firstPublishedAt(), b.publishedAt(), b.withdrawn(), b.recommendations(),
                addresses.absolute(b.path()));
    }

    OpenBody body(BodyScorecard card) {
        UptakeFigures f = card.figures();
        return new OpenBody(card.body().id(), OpenName.of(card.body().name()), f.recommendations(), f.due(), f.answered(),
                f.accepted(), f.responseRate(), f.acceptedShare(), f.selfReportedShare(), f.assessedShare(),
                f.medianDaysToRespond(), addresses.absolute(card.body().path()));
    }

    OpenTheme theme(PublicThemeSummary t) {
        return new OpenTheme(t.theme().id(), t.theme().code(), OpenName.of(t.theme().name()), t.briefs(), t.recommendations(),
                addresses.absolute(t.theme().path()));
    }

    private OpenBodyLine line(PublicAddresseeLine a) {
        return new OpenBodyLine(OpenRef.of(a.body(), addresses), a.lead(), name(a.position()), a.dueDate(), name(a.selfReport()),
                name(a.assessment()));
    }

    private OpenEvent event(PublicBodyTimeline body, PublicTimelineEntry e) {
        return new OpenEvent(e.id(), OpenRef.of(body.addressee().body(), addresses), e.kind().name(), e.occurredOn(),
                name(e.position()), name(e.completion()), name(e.effect()), e.newDate(), e.body(),
                OpenRef.of(e.organisation(), addresses));
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
