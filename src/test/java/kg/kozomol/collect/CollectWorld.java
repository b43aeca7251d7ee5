package kg.kozomol.collect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import kg.kozomol.platform.Role;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyDraft;
import kg.kozomol.study.StudyMethod;
import kg.kozomol.study.Oblast;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.TestUsers;

/** A CSO with a researcher and a field monitor, and a study of theirs, made through the real services. */
public final class CollectWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final Fixtures fixtures;
    public final Organisation cso;
    public final UserAccount researcherAccount;
    public final KozomolPrincipal researcher;
    public final KozomolPrincipal monitor;
    public final Study study;

    public CollectWorld(ApplicationContext context) {
        fixtures = new Fixtures(context);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        cso = fixtures.organisation(OrganisationKind.CSO);
        researcherAccount = fixtures.user(Role.RESEARCHER, cso);
        researcher = TestUsers.principal(researcherAccount.id(), Role.RESEARCHER, cso.id());
        monitor = member(Role.FIELD_MONITOR);
        int n = SEQUENCE.incrementAndGet();
        Theme theme = tx.execute(s -> context.getBean(Themes.class).create(
                new ThemeDraft("collect-" + n + "-" + System.nanoTime(), "Тема " + n, "Тема " + n, "Theme " + n, true), false));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(researcher, null, researcher.getAuthorities()));
        try {
            study = context.getBean(Studies.class).create(new StudyDraft(cso.id(), theme.id(), "Доступность школ Каракола " + n, null,
                    "Есть ли пандусы?", List.of(StudyMethod.SITE_AUDIT), "Школы", List.of(Oblast.ISSYK_KUL),
                    LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), List.of(), "Согласие", Map.of()), researcher, false);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private KozomolPrincipal member(Role role) {
        return TestUsers.principal(fixtures.user(role, cso).id(), role, cso.id());
    }
}
