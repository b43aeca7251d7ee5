package kg.kozomol.qual;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.study.Oblast;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyDraft;
import kg.kozomol.study.StudyMethod;
import kg.kozomol.support.Fixtures;

/** A CSO with a researcher (the lead) and a coder, a study, and a qualitative project made through the real services. */
final class QualWorld {

    final Fixtures fixtures;
    final Organisation cso;
    final KozomolPrincipal lead;
    final KozomolPrincipal coder;
    final KozomolPrincipal outsider;
    final Study study;
    final Project project;

    QualWorld(ApplicationContext context) {
        fixtures = new Fixtures(context);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        cso = fixtures.organisation(OrganisationKind.CSO);
        lead = member(Role.RESEARCHER, cso);
        coder = member(Role.CODER, cso);
        outsider = member(Role.RESEARCHER, fixtures.organisation(OrganisationKind.CSO));
        long theme = tx.execute(s -> context.getBean(Themes.class).create(new ThemeDraft("qual-theme-" + System.nanoTime(),
                "Тема", "Тема", "Theme", true), false)).id();
        study = as(lead, () -> context.getBean(Studies.class).create(new StudyDraft(cso.id(), theme, "Пробация и женщины", null,
                null, List.of(StudyMethod.values()[0]), null, List.of(Oblast.values()[0]), null, null, List.of(), null, Map.of()),
                lead, false));
        QualProjects projects = context.getBean(QualProjects.class);
        project = as(lead, () -> {
            Project created = projects.create(study.id(), "Интервью с женщинами на пробации", lead);
            return projects.addCoder(created.id(), coder.id());
        });
    }

    KozomolPrincipal member(Role role, Organisation organisation) {
        UserAccount user = fixtures.user(role, organisation);
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisation.id(), role)), "ru");
    }

    static <T> T as(KozomolPrincipal user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
