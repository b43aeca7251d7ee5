package kg.kozomol.portal;

public record PublicTheme(long id, String code, PublicName name) {

    public String path() {
        return PortalPaths.theme(id, name);
    }
}
