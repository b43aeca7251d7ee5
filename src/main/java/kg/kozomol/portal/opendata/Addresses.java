package kg.kozomol.portal.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute addresses for open data, which is read away from the site. */
@Component
class Addresses {

    private final String baseUrl;

    Addresses(@Value("${kozomol.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String absolute(String path) {
        return baseUrl + path;
    }

    /** The host for tag: URIs (RFC 4151) of feeds and entries. */
    String host() {
        return java.net.URI.create(baseUrl).getHost();
    }
}
