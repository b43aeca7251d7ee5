package kg.kozomol.programme;

import java.util.List;

import org.springframework.stereotype.Service;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.analysis.AnalysisDesigns;
import kg.kozomol.analysis.AnalysisDefinition;
import kg.kozomol.stats.Options;
import kg.kozomol.stats.RoundComparison;
import kg.kozomol.stats.SurveyException;

/**
 * The before/after of an indicator from saved analyses. Independent rounds: the earlier study's analysis and the new
 * one's, each on its own design. Overlapping rounds (same PSUs): one analysis whose dataset holds both rounds
 * stacked, its domain variable telling them apart, so the shared PSUs carry the covariance between rounds.
 */
@Service
public class RoundComparisons {

    private final MonitoringRounds rounds;
    private final AnalysisDesigns designs;

    RoundComparisons(MonitoringRounds rounds, AnalysisDesigns designs) {
        this.rounds = rounds;
        this.designs = designs;
    }

    public RoundIndicator compare(MonitoringRound round, long indicatorId, int expectedVersion, Analysis before,
            Analysis after, String beforeLevel, String afterLevel) {
        RoundComparison.Result result;
        try {
            result = round.overlapping() ? linked(before, beforeLevel, afterLevel) : independent(round, before, after);
        } catch (SurveyException e) {
            throw new ProgrammeRuleException(null, "programme.round.refused.estimate");
        }
        String source = round.overlapping() ? "analysis " + before.id()
                : "analyses " + before.id() + " → " + after.id();
        return rounds.recordComparison(round.id(), indicatorId, expectedVersion, result, source);
    }

    private RoundComparison.Result independent(MonitoringRound round, Analysis before, Analysis after) {
        if (after == null || before.studyId() != round.previousStudyId() || after.studyId() != round.studyId()) {
            throw new ProgrammeRuleException("afterAnalysisId", "programme.round.validation.analyses");
        }
        return RoundComparison.independent(designs.design(before), variable(before), designs.design(after),
                variable(after), options(before));
    }

    private RoundComparison.Result linked(Analysis stacked, String beforeLevel, String afterLevel) {
        List<String> domains = stacked.definition().domainVariables();
        String round = domains.size() == 1 ? domains.get(0) : null;
        if (round == null || beforeLevel == null || afterLevel == null || beforeLevel.equals(afterLevel)) {
            throw new ProgrammeRuleException("beforeLevel", "programme.round.validation.levels");
        }
        return RoundComparison.linked(designs.design(stacked), variable(stacked), round, beforeLevel.trim(),
                afterLevel.trim(), options(stacked));
    }

    private static String variable(Analysis analysis) {
        return analysis.definition().variable();
    }

    private static Options options(Analysis analysis) {
        AnalysisDefinition d = analysis.definition();
        return d.removeMissing() ? Options.removeMissing() : Options.DEFAULT;
    }
}
