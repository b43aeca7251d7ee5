package kg.kozomol.portal;

import kg.kozomol.tracker.TimelineKind;

/**
 * One thing found. {@code snippet} is safe HTML: the text around the match, escaped, with the matched words in
 * {@code <mark>}; {@code lang} is the language it is written in. For answers and assessments, {@code body} is the
 * state body concerned and {@code entryKind} the kind of timeline entry (null for a position).
 */
public record SearchHit(SearchType type, String path, PublicBriefRef brief, String reference, PublicText recommendation,
        PublicOrganisation body, TimelineKind entryKind, String snippet, String lang, boolean withdrawn) {}
