package kg.kozomol.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.BriefFilter;
import kg.kozomol.brief.BriefSummary;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.EvidenceItem;
import kg.kozomol.brief.EvidenceItems;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.Findings;
import kg.kozomol.brief.NewEvidence;
import kg.kozomol.brief.Precision;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageRequest;

/**
 * Saves a result as an ESTIMATE evidence item in the brief module, with the table, the design described and its
 * precision, and optionally cites it from a finding of one of the organisation's briefs.
 */
@Service
public class AnalysisEvidence {

    private final EvidenceItems evidence;
    private final Briefs briefs;
    private final BriefAccess briefAccess;
    private final Findings findings;
    private final Analyses analyses;
    private final ResultText text;

    AnalysisEvidence(EvidenceItems evidence, Briefs briefs, BriefAccess briefAccess, Findings findings, Analyses analyses,
            ResultText text) {
        this.evidence = evidence;
        this.briefs = briefs;
        this.briefAccess = briefAccess;
        this.findings = findings;
        this.analyses = analyses;
        this.text = text;
    }

    /** The findings of the organisation's briefs this user may add evidence to. */
    @Transactional(readOnly = true)
    public List<FindingChoice> findings(long organisationId, KozomolPrincipal user, Locale locale) {
        List<FindingChoice> choices = new ArrayList<>();
        for (BriefSummary summary : briefs.search(new BriefFilter(null, null, organisationId), user,
                PageRequest.of(1, PageRequest.MAX_SIZE)).items()) {
            Brief brief = briefs.require(summary.id());
            if (brief.withdrawn() || !briefAccess.canEdit(brief, user)) {
                continue;
            }
            for (Finding finding : findings.of(brief.id())) {
                String title = finding.title().ru() != null ? finding.title().ru() : finding.title().ky();
                choices.add(new FindingChoice(brief.id(), finding.id(), summary.title(locale) + " — " + finding.position()
                        + ". " + (title == null ? "" : title)));
            }
        }
        return choices;
    }

    /**
     * @param finding "brief:finding" from {@link #findings}, or null to only store the item
     * @param link the analysis page's absolute address, kept on the item so a reader can go back to it
     */
    @Transactional
    public EvidenceItem save(Analysis analysis, AnalysisResult result, String finding, String link,
            KozomolPrincipal user, Locale locale) {
        AnalysisDefinition d = analysis.definition();
        NewEvidence item = new NewEvidence(analysis.organisationId(), EvidenceKind.ESTIMATE, d.title(),
                text.table(d, result, locale), null, link, text.design(result.design(), locale), precision(result));
        EvidenceItem created = evidence.create(item);
        if (finding != null && !finding.isBlank()) {
            cite(finding, created, user);
        }
        analyses.savedAs(analysis, created.id());
        return created;
    }

    private void cite(String finding, EvidenceItem item, KozomolPrincipal user) {
        String[] parts = finding.split(":");
        long briefId;
        long findingId;
        try {
            briefId = Long.parseLong(parts[0]);
            findingId = Long.parseLong(parts[1]);
        } catch (RuntimeException e) {
            throw new AnalysisException("analysis.evidence.noSuchFinding");
        }
        Brief brief = briefs.find(briefId).filter(b -> !b.withdrawn() && briefAccess.canEdit(b, user))
                .orElseThrow(() -> new AnalysisException("analysis.evidence.noSuchFinding"));
        try {
            findings.require(brief.id(), findingId);
        } catch (NotFoundException e) {
            throw new AnalysisException("analysis.evidence.noSuchFinding");
        }
        findings.link(findingId, item.id());
    }

    /**
     * n is every respondent behind the table (a crosstab's cells share theirs); margin and design effect the worst
     * row's, to be on the safe side.
     */
    static Precision precision(AnalysisResult result) {
        int n = result.test() != null ? result.rows().get(0).n() : result.rows().stream().mapToInt(ResultRow::n).sum();
        BigDecimal deff = result.rows().stream().map(ResultRow::designEffect).filter(v -> v != null)
                .max(Double::compare).map(v -> BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP))
                .filter(v -> v.signum() > 0 && v.compareTo(BigDecimal.valueOf(9999)) < 0).orElse(null);
        BigDecimal moe = ResultText.marginOfError(result);
        return new Precision(n > 0 ? n : null, moe, deff);
    }
}
