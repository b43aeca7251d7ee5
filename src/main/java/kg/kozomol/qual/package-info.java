/**
 * Qualitative analysis: transcripts of interviews and focus groups with their participants' consent, pseudonymised
 * before anyone codes them, coded by a team against a shared codebook, analysed, and quoted as evidence in briefs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Qualitative analysis")
package kg.kozomol.qual;
