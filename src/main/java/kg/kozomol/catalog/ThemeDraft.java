package kg.kozomol.catalog;

public record ThemeDraft(String code, String nameRu, String nameKy, String nameEn, boolean active) {}
