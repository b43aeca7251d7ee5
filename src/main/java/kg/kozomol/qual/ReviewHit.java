package kg.kozomol.qual;

import kg.kozomol.qual.pii.PiiKind;

/** A queued piece of personal data with the words around it, for the lead to judge; pseudonym is the one it will get. */
public record ReviewHit(long id, int start, int end, PiiKind kind, String original, String before, String after,
        HitStatus status, boolean manual, String pseudonym) {}
