package kg.kozomol.brief.export;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAnnexes;
import kg.kozomol.brief.BriefRecommendationLine;
import kg.kozomol.brief.BriefRecommendations;
import kg.kozomol.brief.BriefSection;
import kg.kozomol.brief.BriefVersion;
import kg.kozomol.brief.BriefVersions;
import kg.kozomol.brief.EvidenceItem;
import kg.kozomol.brief.EvidenceItems;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.brief.Findings;
import kg.kozomol.brief.export.ExportedBrief.Cover;
import kg.kozomol.brief.export.ExportedBrief.Evidence;
import kg.kozomol.brief.export.ExportedBrief.Fact;
import kg.kozomol.brief.export.ExportedBrief.Finding;
import kg.kozomol.brief.export.ExportedBrief.Recommendation;
import kg.kozomol.brief.export.ExportedBrief.Section;
import kg.kozomol.brief.export.ExportedBrief.Text;
import kg.kozomol.catalog.Themes;
import kg.kozomol.files.StoredFile;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;

/**
 * Gathers what an export shows of a brief the viewer may read, in one language: the brief as it is now, or
 * one of its published versions. Recommendations come through the {@link BriefRecommendations} port, as far
 * as the viewer may see them; a public brief lists only released ones, never a CSO's unsent drafts.
 */
@Component
class BriefExportContent {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Findings findings;
    private final EvidenceItems evidence;
    private final BriefVersions versions;
    private final BriefAnnexes annexes;
    private final ObjectProvider<BriefRecommendations> recommendations;
    private final Organisations organisations;
    private final Themes themes;
    private final UserAccounts users;
    private final ZoneId zone;

    BriefExportContent(Findings findings, EvidenceItems evidence, BriefVersions versions, BriefAnnexes annexes,
            ObjectProvider<BriefRecommendations> recommendations, Organisations organisations, Themes themes,
            UserAccounts users, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.findings = findings;
        this.evidence = evidence;
        this.versions = versions;
        this.annexes = annexes;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.themes = themes;
        this.users = users;
        this.zone = ZoneId.of(zone);
    }

    /** The brief as it stands; {@code brief} must already be one the viewer may read. */
    @Transactional(readOnly = true)
    ExportedBrief current(Brief brief, KozomolPrincipal viewer, ExportLanguage language) {
        List<BriefVersion> published = versions.all(brief.id());
        Instant date = published.isEmpty() ? brief.updatedAt() : published.get(published.size() - 1).publishedAt();
        NumberFormat numbers = NumberFormat.getNumberInstance(language.locale());
        List<Fact> facts = new ArrayList<>();
        fact(facts, "brief.studyReference", brief.methodology().studyReference());
        fact(facts, "brief.sampleSize", brief.methodology().sampleSize() == null ? null
                : numbers.format(brief.methodology().sampleSize()));
        fact(facts, "brief.sampleDescription", brief.methodology().sampleDescription());
        List<Section> sections = sections(language, brief.summary(), brief.problem(), brief.methodology().text(), facts);
        List<Finding> found = findings.of(brief.id()).stream().map(f -> new Finding(f.position(), language.pick(f.title()),
                language.pick(f.text()), f.evidence().stream().map(e -> evidence(e, numbers)).toList())).toList();
        return new ExportedBrief(brief.id(), language, cover(brief, language, language.pick(brief.title()), date,
                brief.publishedVersion()), sections, found, Text.NONE,
                recommendations(brief, viewer, language, Integer.MAX_VALUE), annexNames(brief.id()),
                numbers.format(evidence.policyGradeMargin()));
    }

    /** A published version, frozen as it was; findings are its single findings text. */
    @Transactional(readOnly = true)
    ExportedBrief version(Brief brief, int number, KozomolPrincipal viewer, ExportLanguage language) {
        BriefVersion version = versions.version(brief.id(), number)
                .orElseThrow(() -> new NotFoundException("brief " + brief.id() + " version " + number));
        Map<String, String> content = version.content();
        List<Fact> facts = new ArrayList<>();
        fact(facts, "brief.studyReference", content.get("methodology.study"));
        fact(facts, "brief.export.sample", content.get("methodology.sample"));
        List<Section> sections = sections(language, bilingual(content, "summary"), bilingual(content, "problem"),
                bilingual(content, "methodology"), facts);
        return new ExportedBrief(brief.id(), language, cover(brief, language, language.pick(bilingual(content, "title")),
                version.publishedAt(), number), sections, List.of(), language.pick(bilingual(content, "findings")),
                recommendations(brief, viewer, language, number), annexNames(brief.id()),
                NumberFormat.getNumberInstance(language.locale()).format(evidence.policyGradeMargin()));
    }

    private Cover cover(Brief brief, ExportLanguage language, Text title, Instant date, int version) {
        String organisation = organisations.find(brief.organisationId()).map(o -> o.name(language.locale())).orElse("");
        String theme = themes.find(brief.themeId()).map(t -> t.name(language.locale())).orElse("");
        List<String> authors = brief.authorIds().stream().map(users::find).flatMap(java.util.Optional::stream)
                .map(UserAccount::fullName).toList();
        return new Cover(organisation, title, theme, authors, brief.status(), format(date), version, brief.demo());
    }

    private static List<Section> sections(ExportLanguage language, Bilingual summary, Bilingual problem,
            Bilingual methodology, List<Fact> facts) {
        return List.of(new Section(BriefSection.SUMMARY, language.pick(summary), List.of()),
                new Section(BriefSection.PROBLEM, language.pick(problem), List.of()),
                new Section(BriefSection.METHODOLOGY, language.pick(methodology), List.copyOf(facts)));
    }

    /** Only recommendations written against this version or an earlier one; drafts only while the brief is. */
    private List<Recommendation> recommendations(Brief brief, KozomolPrincipal viewer, ExportLanguage language,
            int upToVersion) {
        BriefRecommendations port = recommendations.getIfAvailable();
        if (port == null) {
            return List.of();
        }
        boolean onlyReleased = brief.status().isPublic();
        List<BriefRecommendationLine> lines = port.forBrief(brief.id(), viewer, language.locale()).stream()
                .filter(r -> r.released() || !onlyReleased).filter(r -> r.briefVersion() <= upToVersion).toList();
        List<Recommendation> rows = new ArrayList<>();
        for (BriefRecommendationLine line : lines) {
            rows.add(new Recommendation(rows.size() + 1, line.reference(), language.pick(line.textRu(), line.textKy()),
                    line.leadBody(), line.supportingBodies(), line.responseDue() == null ? null : format(line.responseDue()),
                    line.released()));
        }
        return rows;
    }

    private Evidence evidence(EvidenceItem item, NumberFormat numbers) {
        var precision = item.precision();
        return new Evidence(item.kind(), item.title(), evidence.belowPolicyGrade(item),
                item.kind() == EvidenceKind.TABLE ? null : item.content(), item.tableRows(), item.url(),
                item.sourceReference(), precision.unweightedN() == null ? null : numbers.format(precision.unweightedN()),
                precision.marginOfError() == null ? null : numbers.format(precision.marginOfError()),
                precision.designEffect() == null ? null : numbers.format(precision.designEffect()));
    }

    private List<String> annexNames(long briefId) {
        return annexes.of(briefId).stream().map(StoredFile::originalName).filter(Objects::nonNull).toList();
    }

    private String format(Object value) {
        TemporalAccessor date = value instanceof Instant instant ? instant.atZone(zone) : (LocalDate) value;
        return DATE.format(date);
    }

    private static Bilingual bilingual(Map<String, String> content, String key) {
        return new Bilingual(content.get(key + ".ru"), content.get(key + ".ky"));
    }

    private static void fact(List<Fact> facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(labelKey, value));
        }
    }
}
