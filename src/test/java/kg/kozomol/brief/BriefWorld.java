package kg.kozomol.brief;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;

/** A CSO with a researcher, a theme, and briefs made through the real services. */
final class BriefWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Fixtures fixtures;
    final Briefs briefs;
    final Findings findings;
    final TransactionTemplate tx;
    final Organisation cso;
    final Theme theme;
    final KozomolPrincipal researcher;

    BriefWorld(ApplicationContext context) {
        fixtures = new Fixtures(context);
        briefs = context.getBean(Briefs.class);
        findings = context.getBean(Findings.class);
        tx = context.getBean(TransactionTemplate.class);
        cso = fixtures.organisation(OrganisationKind.CSO);
        int n = SEQUENCE.incrementAndGet();
        theme = tx.execute(s -> context.getBean(Themes.class).create(
                new ThemeDraft("brief-theme-" + n + "-" + System.nanoTime(), "Тема " + n, "Тема " + n, "Theme " + n, true), false));
        researcher = principal(fixtures.user(Role.RESEARCHER, cso), cso, Role.RESEARCHER);
    }

    KozomolPrincipal member(Role role, Organisation organisation) {
        return principal(fixtures.user(role, organisation), organisation, role);
    }

    static KozomolPrincipal principal(UserAccount user, Organisation organisation, Role role) {
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisation.id(), role)), "ru");
    }

    Brief draft(String titleRu, String summaryRu) {
        return as(researcher, () -> briefs.create(new BriefDraft(cso.id(), theme.id(), "ru", new Bilingual(titleRu, null),
                new Bilingual(summaryRu, null), Bilingual.EMPTY, new Methodology(Bilingual.EMPTY, null, null, null),
                List.of(researcher.id())), researcher, false));
    }

    Brief published(String titleRu, String summaryRu) {
        return publish(draft(titleRu, summaryRu));
    }

    /** Sends a draft through internal review to publication, as its researcher. */
    Brief publish(Brief brief) {
        return as(researcher, () -> {
            Brief reviewed = briefs.move(brief.id(), brief.version(), BriefStatus.INTERNAL_REVIEW);
            return briefs.move(brief.id(), reviewed.version(), BriefStatus.PUBLISHED);
        });
    }

    static <T> T as(KozomolPrincipal user, java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
