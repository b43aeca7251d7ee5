package kg.kozomol.tracker;

import java.util.Locale;
import java.util.Optional;

/**
 * Names the programme evaluation a recommendation comes from, for the tracker's pages; the programme module provides
 * it (the tracker does not depend on programmes).
 */
public interface EvaluationOrigins {

    Optional<Origin> of(long evaluationId, Locale locale);

    /** The evaluation and its programme; {@code published} when the report is on the portal. */
    record Origin(long evaluationId, String evaluationTitle, long programmeId, String programmeReference, String programmeTitle,
            boolean published) {

        public String appPath() {
            return "/evaluations/" + evaluationId + "/report";
        }

        public String publicPath() {
            return "/p/programmes/" + programmeId + "#evaluation-" + evaluationId;
        }
    }
}
