package kg.kozomol.study;

import java.time.Instant;
import kg.kozomol.study.sampling.SamplingPlan;

/** The stored sampling plan of a study. */
public record StudyPlan(long studyId, SamplingPlan plan, Instant updatedAt, int version) {}
