package kg.kozomol.programme;

import java.util.List;

/** The rapporteur's consensus as typed: per criterion the agreed rating, text and dissent; the overall rating and why. */
public record ConsensusInput(List<Agreed> criteria, String overallRating, String overallRationale, Integer expectedVersion) {

    public record Agreed(long criterionId, String rating, String text, String dissent) {}
}
