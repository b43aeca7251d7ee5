package kg.kozomol.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import kg.kozomol.portal.PublicBriefs;
import kg.kozomol.portal.PublicUptake;

/** The site's home page, for everyone: what Kozomol is, the headline uptake figures and the latest briefs. */
@Controller
class PortalHomeController {

    private static final int LATEST = 6;

    private final PublicUptake uptake;
    private final PublicBriefs briefs;
    private final PortalMeta meta;

    PortalHomeController(PublicUptake uptake, PublicBriefs briefs, PortalMeta meta) {
        this.uptake = uptake;
        this.briefs = briefs;
        this.meta = meta;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", uptake.figures(null, null));
        model.addAttribute("latest", briefs.latest(null, LATEST));
        model.addAttribute("atomFeed", OpenDataLinks.feed(kg.kozomol.portal.PortalPaths.BRIEFS_FEED,
                meta.message("portal.data.feed.briefs")));
        model.addAttribute("pageMeta", meta.page(meta.message("home.title"), meta.message("home.lead"), "/"));
        return "portal/home";
    }
}
