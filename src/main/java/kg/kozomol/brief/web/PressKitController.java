package kg.kozomol.brief.web;

import jakarta.validation.Valid;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.BriefActionRefusedException;
import kg.kozomol.brief.PressKitDraft;
import kg.kozomol.brief.PressKits;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.platform.web.Option;

/** The researcher's page for a brief's embargo and press kit. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'ADMIN')")
class PressKitController {

    private final PressKits kits;
    private final BriefAccess access;
    private final ZoneId zone;

    PressKitController(PressKits kits, BriefAccess access, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.kits = kits;
        this.access = access;
        this.zone = ZoneId.of(zone);
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("version", "embargoUntil", "summaryRu", "summaryKy", "contactName", "contactEmail",
                "contactPhone", "figures[*].labelRu", "figures[*].labelKy", "figures[*].value", "figures[*].unit",
                "figures[*].findingId", "figures[*].inChart", "quotes[*].textRu", "quotes[*].textKy", "quotes[*].findingId");
        binder.setAutoGrowCollectionLimit(40);
    }

    @GetMapping("/briefs/{id}/press-kit")
    String form(@PathVariable("id") long id, Model model) {
        Brief brief = access.editable(id, CurrentUser.required());
        return form(model, brief, PressKitForm.of(kits.preview(id, CurrentUser.required()).orElse(null), kits.embargo(id), zone));
    }

    @PostMapping("/briefs/{id}/press-kit")
    String save(@PathVariable("id") long id, @Valid @ModelAttribute("form") PressKitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        PressKitDraft draft = form.toDraft(zone, errors);
        if (errors.hasErrors()) {
            return form(model, brief, form);
        }
        try {
            kits.save(id, form.getVersion(), draft, CurrentUser.required());
            redirect.addFlashAttribute("flash", "presskit.saved");
            return "redirect:/briefs/" + id + "/press-kit";
        } catch (StaleRecordException e) {
            errors.reject("form.stale");
        } catch (BriefActionRefusedException e) {
            errors.reject(e.messageKey());
        }
        return form(model, brief, form);
    }

    private String form(Model model, Brief brief, PressKitForm form) {
        model.addAttribute("brief", brief);
        model.addAttribute("form", form.withEmptyRows());
        model.addAttribute("zone", zone.getId());
        model.addAttribute("findings", kits.findingsOf(brief.id()).stream()
                .map(f -> new Option(Long.toString(f.id()), f.position() + ". " + f.title().in(LocaleContextHolder.getLocale())))
                .toList());
        return "brief/press-kit";
    }
}
