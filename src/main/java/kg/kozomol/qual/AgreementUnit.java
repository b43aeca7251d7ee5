package kg.kozomol.qual;

/** What the coders' decisions are compared on: speaker turns, sentences, or single characters (kappa only). */
public enum AgreementUnit {
    TURNS, SENTENCES, CHARACTERS
}
