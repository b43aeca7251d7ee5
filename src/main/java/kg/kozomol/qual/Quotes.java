package kg.kozomol.qual;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.brief.EvidenceItem;
import kg.kozomol.brief.EvidenceItems;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.brief.NewEvidence;

/**
 * A coded segment as a quote evidence item for briefs: the pseudonymised words only, with just the case attributes
 * the case allows to publish, and only when the participant consented to quotation and has not withdrawn.
 */
@Service
public class Quotes {

    private final Codings codings;
    private final Transcripts transcripts;
    private final Cases cases;
    private final QualProjects projects;
    private final EvidenceItems evidence;
    private final MessageSource messages;

    Quotes(Codings codings, Transcripts transcripts, Cases cases, QualProjects projects, EvidenceItems evidence,
            MessageSource messages) {
        this.codings = codings;
        this.transcripts = transcripts;
        this.cases = cases;
        this.projects = projects;
        this.evidence = evidence;
        this.messages = messages;
    }

    @Transactional
    public EvidenceItem quote(long codingId) {
        Coding coding = codings.require(codingId);
        Transcript transcript = transcripts.require(coding.transcriptId());
        QualCase qualCase = cases.require(transcript.caseId());
        if (qualCase.consent() == null || !qualCase.consent().quotation() || qualCase.locked()) {
            throw new QualRefusedException("qual.quote.noConsent");
        }
        Locale locale = LocaleContextHolder.getLocale();
        String attributes = qualCase.publish().stream().filter(a -> a.of(qualCase) != null)
                .map(a -> messages.getMessage("CaseAttribute." + a.name(), null, locale) + ": " + a.of(qualCase))
                .collect(Collectors.joining("; "));
        String kind = messages.getMessage("InterviewKind." + transcript.interview().kind().name(), null, locale);
        String source = attributes.isEmpty() ? kind : kind + "; " + attributes;
        String title = messages.getMessage("qual.quote.title", new Object[] {coding.codeName()}, locale);
        return evidence.create(new NewEvidence(projects.require(transcript.projectId()).organisationId(), EvidenceKind.QUOTE,
                title, coding.text(), null, null, source, null));
    }
}
