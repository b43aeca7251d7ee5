package kg.kozomol.notify.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.notify.NotificationView;
import kg.kozomol.notify.Notifications;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.web.SafeRedirects;

/** The signed-in user's notification centre. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(name = "page", required = false) Integer page, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("notifications", notifications.forUser(user.id(), PageRequest.of(page, 25)));
        return "notify/notifications";
    }

    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable("id") long id) {
        KozomolPrincipal user = CurrentUser.required();
        String link = notifications.forUser(user.id(), new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(n -> n.id() == id).map(NotificationView::link).findFirst().orElse("/notifications");
        notifications.markRead(user.id(), id);
        return "redirect:" + SafeRedirects.localPath(link == null ? "/notifications" : link);
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead(CurrentUser.required().id());
        return "redirect:/notifications";
    }
}
