package kg.kozomol.collect.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background map of the geopoints page. {@code tilesUrl} is a Leaflet tile template; {@code tilesOrigin} is let
 * through the page's Content-Security-Policy for images. Without tiles the points and their table still show.
 */
@ConfigurationProperties("kozomol.collect.map")
public record MapProperties(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tilesUrl,
        @DefaultValue("https://tile.openstreetmap.org") String tilesOrigin,
        @DefaultValue("© OpenStreetMap contributors") String attribution,
        @DefaultValue("5000") int maxPoints) {
}
