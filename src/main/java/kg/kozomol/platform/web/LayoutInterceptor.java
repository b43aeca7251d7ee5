package kg.kozomol.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.UnreadNotifications;

/** Puts a {@link LayoutView} on every request, error pages included, as the {@code layout} attribute. */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    private final ObjectProvider<UnreadNotifications> unread;
    private final boolean demo;

    LayoutInterceptor(ObjectProvider<UnreadNotifications> unread, @Value("${kozomol.demo.enabled:false}") boolean demo) {
        this.unread = unread;
        this.demo = demo;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        KozomolPrincipal user = CurrentUser.get().orElse(null);
        long count = 0;
        if (user != null) {
            UnreadNotifications counter = unread.getIfAvailable();
            count = counter == null ? 0 : counter.countFor(user.id());
        }
        request.setAttribute("layout", new LayoutView(user, count, demo, currentUri(request),
                LocaleContextHolder.getLocale().getLanguage()));
        return true;
    }

    private static String currentUri(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = forwarded instanceof String s ? s : request.getRequestURI();
        String query = forwarded == null ? request.getQueryString() : null;
        return UriComponentsBuilder.fromPath(path).query(query).build().toString();
    }
}
