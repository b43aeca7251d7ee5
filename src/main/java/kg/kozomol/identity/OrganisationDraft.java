package kg.kozomol.identity;

/** What is needed to create or change an organisation; validated by the form before it gets here. */
public record OrganisationDraft(OrganisationKind kind, String nameRu, String nameKy, String nameEn, String shortName,
        String email, String website, Long parentId, boolean active) {}
