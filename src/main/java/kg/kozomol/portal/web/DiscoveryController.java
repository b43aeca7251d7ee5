package kg.kozomol.portal.web;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicSitemap;

/** robots.txt and sitemap.xml: crawlers may read the public portal, not the signed-in areas. */
@Controller
class DiscoveryController {

    /** Areas behind the login, and search results (endless and of no use in a search engine). */
    static final List<String> DISALLOWED = List.of("/account", "/admin", "/briefs", "/dashboard", "/files", "/jobs", "/login",
            "/notifications", "/password", "/recommendations", "/tracker", PortalPaths.SEARCH);

    private final PublicSitemap sitemap;
    private final PortalMeta meta;

    DiscoveryController(PublicSitemap sitemap, PortalMeta meta) {
        this.sitemap = sitemap;
        this.meta = meta;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        // The downloads of published briefs sit under /briefs but are meant for everyone.
        text.append("Allow: /briefs/*/export.\n");
        DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("\nSitemap: ").append(meta.absolute("/sitemap.xml")).append('\n');
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8)).body(text.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePublic())
                .contentType(MediaType.APPLICATION_XML).body(sitemap.xml(meta::absolute));
    }
}
