/**
 * Finding personal data in transcripts and replacing it with consistent pseudonyms, in plain Java:
 * {@link kg.kozomol.qual.pii.PiiDetector} proposes {@link kg.kozomol.qual.pii.PiiHit}s for review and
 * {@link kg.kozomol.qual.pii.Pseudonyms} applies the accepted ones.
 */
package kg.kozomol.qual.pii;
