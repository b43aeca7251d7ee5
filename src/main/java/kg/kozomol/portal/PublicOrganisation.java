package kg.kozomol.portal;

/** An organisation as the public sees it: its name, nothing about its people. */
public record PublicOrganisation(long id, PublicName name) {

    /** The public scorecard address; meaningful for state bodies. */
    public String path() {
        return PortalPaths.body(id, name);
    }
}
