package kg.kozomol.qual;

/** A code of the project's codebook; depth is its level in the tree (0 for a top-level code). */
public record Code(long id, long projectId, Long parentId, String name, String description, String colour, int depth) {}
