package kg.kozomol.tracker.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import kg.kozomol.programme.EvaluationReports;
import kg.kozomol.programme.Evaluations;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.Programmes;
import kg.kozomol.programme.ReportStage;

/** Where a recommendation from a programme evaluation comes from, as its tracker page names and links it. */
@Component
public class EvaluationOrigin {

    /** The evaluation and its programme; {@code published} when the report is on the portal. */
    public record Origin(long evaluationId, String evaluationTitle, long programmeId, String programmeReference, String programmeTitle,
            boolean published) {

        public String appPath() {
            return "/evaluations/" + evaluationId + "/report";
        }

        public String publicPath() {
            return "/p/programmes/" + programmeId + "#evaluation-" + evaluationId;
        }
    }

    private final Evaluations evaluations;
    private final Programmes programmes;
    private final EvaluationReports reports;

    EvaluationOrigin(Evaluations evaluations, Programmes programmes, EvaluationReports reports) {
        this.evaluations = evaluations;
        this.programmes = programmes;
        this.reports = reports;
    }

    Optional<Origin> of(Long evaluationId, Locale locale) {
        if (evaluationId == null) {
            return Optional.empty();
        }
        return evaluations.find(evaluationId).map(e -> {
            Programme programme = programmes.require(e.programmeId());
            return new Origin(e.id(), e.title(), programme.id(), programme.reference(), programme.title(locale),
                    reports.report(e.id()).stage() == ReportStage.PUBLISHED);
        });
    }
}
