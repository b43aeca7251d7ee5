package kg.kozomol.programme;

import java.util.List;

/** How the panel's individual ratings of a criterion spread: lowest, highest and every rating. */
public record CriterionSpread(long criterionId, int min, int max, List<Integer> ratings) {}
