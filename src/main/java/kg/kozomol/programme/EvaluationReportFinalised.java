package kg.kozomol.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation report became final: its recommendations are addressed to the programme's owner body, who answers them
 * by {@code responseDue}. Published inside the transaction that makes the report final.
 */
public record EvaluationReportFinalised(long evaluationId, long programmeId, long ownerBodyId, long commissionedBy,
        LocalDate responseDue, List<Item> recommendations) {

    /** One recommendation of the report, in the report's order. */
    public record Item(long id, int position, String textRu, String textKy) {}
}
