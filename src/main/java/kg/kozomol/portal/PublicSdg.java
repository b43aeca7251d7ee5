package kg.kozomol.portal;

/** An SDG goal or target a recommendation contributes to. */
public record PublicSdg(String code, int goal, PublicName name) {}
