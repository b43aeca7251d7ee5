package kg.kozomol.collect.web;

import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.collect.AppUser;
import kg.kozomol.collect.AppUsers;
import kg.kozomol.collect.PhoneSettings;
import kg.kozomol.collect.SettingsQrCode;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;
import tools.jackson.databind.json.JsonMapper;

/** App users of a study: added by the study team, each with a settings screen for setting up a phone. */
@Controller
class AppUserController {

    static final int MAX_NAME = 200;

    private final StudyAccess access;
    private final AppUsers appUsers;
    private final JsonMapper json;
    private final String baseUrl;

    AppUserController(StudyAccess access, AppUsers appUsers, JsonMapper json, @Value("${kozomol.base-url}") String baseUrl) {
        this.access = access;
        this.appUsers = appUsers;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @PostMapping("/collect/studies/{studyId}/app-users")
    String create(@PathVariable long studyId, @RequestParam(name = "displayName", defaultValue = "") String displayName,
            RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.editable(studyId, user);
        if (displayName.isBlank() || displayName.strip().length() > MAX_NAME) {
            redirect.addFlashAttribute("appUserError", "collect.appUser.nameRequired");
            return "redirect:/collect/studies/" + studyId + "#app-users";
        }
        AppUser created = appUsers.create(studyId, displayName, user);
        return "redirect:/collect/app-users/" + created.id();
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @GetMapping("/collect/app-users/{id}")
    String settings(@PathVariable long id, Model model) {
        AppUser appUser = editable(id);
        Study study = access.readable(appUser.studyId(), CurrentUser.required());
        String serverUrl = PhoneSettings.serverUrl(baseUrl, appUser);
        String settings = PhoneSettings.json(serverUrl, study.title(LocaleContextHolder.getLocale()), json);
        model.addAttribute("appUser", appUser);
        model.addAttribute("study", study);
        model.addAttribute("studyTitle", study.title(LocaleContextHolder.getLocale()));
        model.addAttribute("serverUrl", serverUrl);
        model.addAttribute("settingsJson", settings);
        String code = PhoneSettings.encoded(settings);
        model.addAttribute("settingsCode", code);
        model.addAttribute("settingsQr", Base64.getEncoder().encodeToString(SettingsQrCode.png(code)));
        return "collect/app-user";
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @PostMapping("/collect/app-users/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(name = "version", defaultValue = "0") int version, RedirectAttributes redirect) {
        AppUser appUser = editable(id);
        appUsers.revoke(id, version);
        redirect.addFlashAttribute("flash", "collect.appUser.revoked");
        return "redirect:/collect/studies/" + appUser.studyId() + "#app-users";
    }

    private AppUser editable(long id) {
        AppUser appUser = appUsers.find(id).orElseThrow(() -> new NotFoundException("app user " + id));
        access.editable(appUser.studyId(), CurrentUser.required());
        return appUser;
    }
}
