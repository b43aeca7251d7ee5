package kg.kozomol.portal.web;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.PressKits;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicBrief;
import kg.kozomol.portal.PublicBriefs;
import kg.kozomol.portal.PublicFinding;
import kg.kozomol.portal.PublicText;

/**
 * Finds the press kit a public address names: the public one (through the portal views), or, for a signed-in
 * researcher of the brief's organisation, a preview of a kit not yet public. Anyone else is told it does not exist.
 */
@Component
class PressKitPages {

    private final PublicBriefs briefs;
    private final PressKits kits;

    PressKitPages(PublicBriefs briefs, PressKits kits) {
        this.briefs = briefs;
        this.kits = kits;
    }

    PressKitPage require(String key) {
        long id = Canonical.id(key);
        return publicKit(id).or(() -> preview(id)).orElseThrow(() -> new NotFoundException("press kit " + key));
    }

    private Optional<PressKitPage> publicKit(long id) {
        Optional<PublicBrief> brief = briefs.brief(id);
        return brief.flatMap(b -> kits.published(id).map(kit -> new PressKitPage(id, b.title(), b.path(), kit,
                b.findings().stream().collect(Collectors.toMap(PublicFinding::id, PublicFinding::title)), false, null)));
    }

    private Optional<PressKitPage> preview(long id) {
        return CurrentUser.get().flatMap(user -> kits.editableBrief(id, user).flatMap(brief -> kits.preview(id, user)
                .map(kit -> new PressKitPage(id, text(brief), PortalPaths.brief(id, text(brief)), kit, findings(id), true,
                        kits.embargo(id)))));
    }

    private Map<Long, PublicText> findings(long briefId) {
        return kits.findingsOf(briefId).stream().collect(Collectors.toMap(Finding::id,
                f -> new PublicText(f.title().ru(), f.title().ky()), (a, b) -> a));
    }

    private static PublicText text(Brief brief) {
        return new PublicText(brief.title().ru(), brief.title().ky());
    }
}
