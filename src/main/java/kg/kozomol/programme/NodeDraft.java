package kg.kozomol.programme;

/** A node as typed; the parent is null only for the goal. */
public record NodeDraft(Long parentId, NodeKind kind, String titleRu, String titleKy, String assumptions, String risks) {}
