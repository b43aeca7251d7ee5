package kg.kozomol.programme.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who publishes the IATI export: the deployment's own organisation, as registered with IATI. The defaults are a
 * placeholder until the publisher has an organisation identifier; the activity identifiers start with {@code ref}.
 *
 * @param ref the IATI organisation identifier (agency prefix, hyphen, registration number)
 * @param name the publisher's name as it should appear in the reporting-org narrative
 * @param type the IATI OrganisationType code (22: national NGO)
 */
@ConfigurationProperties("kozomol.iati.reporting-org")
record IatiReportingOrg(String ref, String name, String type) {

    IatiReportingOrg {
        ref = blank(ref) ? "KG-KOZOMOL" : ref.trim();
        name = blank(name) ? "Kozomol" : name.trim();
        type = blank(type) ? "22" : type.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
