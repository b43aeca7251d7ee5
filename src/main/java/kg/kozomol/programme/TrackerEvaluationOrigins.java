package kg.kozomol.programme;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import kg.kozomol.tracker.EvaluationOrigins;

/** Tells the tracker which evaluation and programme its evaluation recommendations come from. */
@Component
class TrackerEvaluationOrigins implements EvaluationOrigins {

    private final Evaluations evaluations;
    private final Programmes programmes;
    private final EvaluationReports reports;

    TrackerEvaluationOrigins(Evaluations evaluations, Programmes programmes, EvaluationReports reports) {
        this.evaluations = evaluations;
        this.programmes = programmes;
        this.reports = reports;
    }

    @Override
    public Optional<Origin> of(long evaluationId, Locale locale) {
        return evaluations.find(evaluationId).map(e -> {
            Programme programme = programmes.require(e.programmeId());
            return new Origin(e.id(), e.title(), programme.id(), programme.reference(), programme.title(locale),
                    reports.report(e.id()).stage() == ReportStage.PUBLISHED);
        });
    }
}
