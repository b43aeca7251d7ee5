package kg.kozomol.tracker.web;

import java.util.HashSet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.web.SafeRedirects;
import kg.kozomol.tracker.FollowKind;
import kg.kozomol.tracker.Followers;
import kg.kozomol.tracker.Following;

/** Following a state body or a theme, and the page listing everything the user follows. */
@Controller
@PreAuthorize("isAuthenticated()")
class FollowsController {

    private final Followers followers;
    private final Names names;

    FollowsController(Followers followers, Names names) {
        this.followers = followers;
        this.names = names;
    }

    @GetMapping("/tracker/follows")
    String list(Model model) {
        Following following = followers.following(CurrentUser.required().id());
        model.addAttribute("following", following);
        model.addAttribute("names", names.organisations(new HashSet<>(following.bodyIds())));
        model.addAttribute("themeNames", names.themeNames());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "tracker/follows";
    }

    @PostMapping("/tracker/follows/bodies/{id}")
    String body(@PathVariable("id") long id, @RequestParam(name = "follow", defaultValue = "true") boolean follow,
            @RequestParam(name = "return", required = false) String back, RedirectAttributes redirect) {
        return change(FollowKind.BODY, id, follow, back, redirect);
    }

    @PostMapping("/tracker/follows/themes/{id}")
    String theme(@PathVariable("id") long id, @RequestParam(name = "follow", defaultValue = "true") boolean follow,
            @RequestParam(name = "return", required = false) String back, RedirectAttributes redirect) {
        return change(FollowKind.THEME, id, follow, back, redirect);
    }

    private String change(FollowKind kind, long id, boolean follow, String back, RedirectAttributes redirect) {
        long user = CurrentUser.required().id();
        if (follow) {
            followers.follow(user, kind, id);
        } else {
            followers.unfollow(user, kind, id);
        }
        redirect.addFlashAttribute("flash", "tracker.follow." + kind.name().toLowerCase() + (follow ? ".on" : ".off"));
        return "redirect:" + SafeRedirects.localPath(back == null ? "/tracker/follows" : back);
    }
}
