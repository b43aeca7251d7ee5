package kg.kozomol.portal;

import java.util.List;
import kg.kozomol.brief.EvidenceItem;

/**
 * A finding of a published brief and the evidence items it rests on. Texts are sanitised HTML; an item's file is
 * only given when the file may be read by anyone.
 */
public record PublicFinding(long id, long briefId, int position, PublicText title, PublicText text, List<EvidenceItem> evidence) {}
