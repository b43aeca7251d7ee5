package kg.kozomol.qual;

/** A code applied by a coder to a stretch of pseudonymised text (code points). */
public record Coding(long id, long transcriptId, long codeId, String codeName, String colour, long coderId, String coderName,
        int startCp, int endCp, String text) {}
