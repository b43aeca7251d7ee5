package kg.kozomol.programme;

/** A node of a results framework; {@code depth} counts from the goal (0) when read as a tree. */
public record FrameworkNode(long id, long programmeId, Long parentId, NodeKind kind, String titleRu, String titleKy,
        String assumptions, String risks, int depth, int version) {}
