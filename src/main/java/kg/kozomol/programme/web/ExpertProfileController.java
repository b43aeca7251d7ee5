package kg.kozomol.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.programme.ExpertProfile;
import kg.kozomol.programme.ExpertProfiles;
import kg.kozomol.programme.ProgrammeRuleException;

/** An expert writes their own profile: expertise, languages, affiliations. */
@Controller
@PreAuthorize("hasRole('EXPERT')")
class ExpertProfileController {

    private final ExpertProfiles profiles;

    ExpertProfileController(ExpertProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/experts/profile")
    String form(Model model) {
        long me = CurrentUser.required().id();
        return page(model, profiles.find(me).orElse(new ExpertProfile(me, null, null, null, -1)), null);
    }

    @PostMapping("/experts/profile")
    String save(@RequestParam(name = "expertise", required = false) String expertise,
            @RequestParam(name = "languages", required = false) String languages,
            @RequestParam(name = "affiliations", required = false) String affiliations,
            @RequestParam(name = "version", required = false) String version, Model model, RedirectAttributes redirect) {
        long me = CurrentUser.required().id();
        Integer expected = Numbers.version(version);
        try {
            profiles.save(me, expertise, languages, affiliations, expected);
            redirect.addFlashAttribute("flash", "programme.expert.saved");
            return "redirect:/experts/profile";
        } catch (ProgrammeRuleException e) {
            return page(model, new ExpertProfile(me, expertise, languages, affiliations, expected == null ? -1 : expected),
                    e.messageKey());
        } catch (StaleRecordException e) {
            return page(model, new ExpertProfile(me, expertise, languages, affiliations, expected == null ? -1 : expected),
                    "programme.stale");
        }
    }

    private static String page(Model model, ExpertProfile profile, String problem) {
        model.addAttribute("profile", profile);
        model.addAttribute("problem", problem);
        return "programme/expert-profile";
    }
}
