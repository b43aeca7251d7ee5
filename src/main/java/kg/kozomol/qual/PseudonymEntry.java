package kg.kozomol.qual;

import kg.kozomol.qual.pii.PiiKind;

/** One line of the map of originals to pseudonyms. */
public record PseudonymEntry(String original, PiiKind kind, String pseudonym) {}
