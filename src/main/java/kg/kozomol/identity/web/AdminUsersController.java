package kg.kozomol.identity.web;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.identity.DuplicateEmailException;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.identity.UserStatus;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;

/** Admin screens for users: invite, find, change memberships, disable, unlock. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersController {

    private final UserAccounts users;
    private final Choices choices;

    AdminUsersController(UserAccounts users, Choices choices) {
        this.users = users;
        this.choices = choices;
    }

    @InitBinder("invite")
    void inviteFields(WebDataBinder binder) {
        binder.setAllowedFields("email", "fullName", "organisationId", "role", "language");
    }

    @InitBinder("membership")
    void membershipFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "role");
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "organisation", required = false) Long organisation,
            @RequestParam(name = "role", required = false) Role role,
            @RequestParam(name = "status", required = false) UserStatus status,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        var result = users.search(q, organisation, role, status, PageRequest.of(page, 25));
        model.addAttribute("users", result);
        model.addAttribute("memberships", users.membershipsOf(result.items().stream().map(UserAccount::id).toList()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("organisation", organisation);
        model.addAttribute("role", role);
        model.addAttribute("status", status);
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("roles", choices.roles());
        model.addAttribute("statuses", UserStatus.values());
        return "identity/admin-users";
    }

    @GetMapping("/admin/users/new")
    String inviteForm(Model model) {
        return inviteForm(model, new InviteForm());
    }

    @PostMapping("/admin/users")
    String invite(@Valid @ModelAttribute("invite") InviteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return inviteForm(model, form);
        }
        try {
            UserAccount user = users.invite(form.toInvitation());
            redirect.addFlashAttribute("flash", "identity.user.invited");
            return "redirect:/admin/users/" + user.id();
        } catch (DuplicateEmailException e) {
            errors.rejectValue("email", "identity.user.emailTaken");
            return inviteForm(model, form);
        } catch (kg.kozomol.platform.NotFoundException e) {
            errors.rejectValue("organisationId", "identity.validation.required");
            return inviteForm(model, form);
        }
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable("id") long id, Model model) {
        return userPage(model, users.require(id), new MembershipForm());
    }

    @PostMapping("/admin/users/{id}/memberships")
    String addMembership(@PathVariable("id") long id, @Valid @ModelAttribute("membership") MembershipForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UserAccount user = users.require(id);
        if (errors.hasErrors()) {
            return userPage(model, user, form);
        }
        try {
            users.addMembership(id, form.getOrganisationId(), form.getRole());
        } catch (kg.kozomol.platform.NotFoundException e) {
            errors.rejectValue("organisationId", "identity.validation.required");
            return userPage(model, user, form);
        }
        redirect.addFlashAttribute("flash", "identity.user.membershipAdded");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/memberships/remove")
    String removeMembership(@PathVariable("id") long id, @RequestParam("organisationId") long organisationId,
            @RequestParam("role") Role role, RedirectAttributes redirect) {
        users.require(id);
        if (id == CurrentUser.required().id() && role == Role.ADMIN) {
            redirect.addFlashAttribute("flash", "identity.user.cannotDemoteSelf");
            return "redirect:/admin/users/" + id;
        }
        users.removeMembership(id, organisationId, role);
        redirect.addFlashAttribute("flash", "identity.user.membershipRemoved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/status")
    String setStatus(@PathVariable("id") long id, @RequestParam("status") UserStatus status, RedirectAttributes redirect) {
        UserAccount user = users.require(id);
        if (id == CurrentUser.required().id() && status == UserStatus.DISABLED) {
            redirect.addFlashAttribute("flash", "identity.user.cannotDisableSelf");
        } else if (status == UserStatus.INVITED || (status == UserStatus.ACTIVE && user.status() == UserStatus.INVITED)) {
            redirect.addFlashAttribute("flash", "identity.user.statusNotAllowed");
        } else {
            users.setStatus(id, status);
            redirect.addFlashAttribute("flash", "identity.user.statusChanged");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable("id") long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("flash", "identity.user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/resend-invitation")
    String resend(@PathVariable("id") long id, RedirectAttributes redirect) {
        UserAccount user = users.require(id);
        if (user.status() == UserStatus.INVITED) {
            users.resendInvitation(id);
            redirect.addFlashAttribute("flash", "identity.user.invitationResent");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/send-reset")
    String sendReset(@PathVariable("id") long id, RedirectAttributes redirect) {
        UserAccount user = users.require(id);
        users.requestPasswordReset(user.email());
        redirect.addFlashAttribute("flash", "identity.user.resetSent");
        return "redirect:/admin/users/" + id;
    }

    private String inviteForm(Model model, InviteForm form) {
        model.addAttribute("invite", form);
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("roles", choices.roles());
        model.addAttribute("languages", choices.languages());
        return "identity/admin-user-invite";
    }

    private String userPage(Model model, UserAccount user, MembershipForm form) {
        model.addAttribute("account", user);
        model.addAttribute("memberships", users.memberships(user.id()));
        model.addAttribute("membership", form);
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("roles", choices.roles());
        return "identity/admin-user";
    }
}
