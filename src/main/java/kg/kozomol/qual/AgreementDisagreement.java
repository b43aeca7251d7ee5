package kg.kozomol.qual;

import java.util.List;

/**
 * A stretch of a transcript the coders judged differently for one code; {@code applied} is per compared coder, in
 * coder order: true applied, false did not, null did not code this transcript at all.
 */
public record AgreementDisagreement(String transcript, String text, List<Boolean> applied) {}
