package kg.kozomol.portal.opendata;

/** Everything the portal publishes as data is licensed CC BY 4.0: reuse freely, name the source. */
final class OpenLicence {

    static final String NAME = "CC BY 4.0";
    static final String URL = "https://creativecommons.org/licenses/by/4.0/";
    /** The HTTP Link header that names the licence of a download or an API answer (RFC 8288, RFC 4946). */
    static final String LINK = "<" + URL + ">; rel=\"license\"";

    private OpenLicence() {}
}
