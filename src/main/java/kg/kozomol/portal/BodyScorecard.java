package kg.kozomol.portal;

/** A state body and how it takes up the recommendations addressed to it. */
public record BodyScorecard(PublicOrganisation body, UptakeFigures figures) {}
