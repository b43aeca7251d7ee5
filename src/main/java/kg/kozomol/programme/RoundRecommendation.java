package kg.kozomol.programme;

import kg.kozomol.tracker.Completion;

/** What the CSO found of a recommendation in this round: completion on the tracker's scale and the effect on people. */
public record RoundRecommendation(long recommendationId, Completion completion, String effect, int version) {}
