package kg.kozomol.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;

/** A consortium with a coordinator, an owner ministry with a focal point, and programmes made through the services. */
final class ProgrammeWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Fixtures fixtures;
    final Programmes programmes;
    final ResultsFramework framework;
    final IndicatorValues values;
    final DesignReviews reviews;
    final TransactionTemplate tx;
    final Organisation consortium;
    final KozomolPrincipal coordinator;
    final Organisation ministry;
    final KozomolPrincipal focal;

    ProgrammeWorld(ApplicationContext context) {
        fixtures = new Fixtures(context);
        programmes = context.getBean(Programmes.class);
        framework = context.getBean(ResultsFramework.class);
        values = context.getBean(IndicatorValues.class);
        reviews = context.getBean(DesignReviews.class);
        tx = context.getBean(TransactionTemplate.class);
        consortium = fixtures.organisation(OrganisationKind.COORDINATOR);
        coordinator = member(Role.COORDINATOR, consortium);
        ministry = fixtures.organisation(OrganisationKind.STATE_BODY);
        focal = member(Role.STATE_FOCAL_POINT, ministry);
    }

    KozomolPrincipal member(Role role, Organisation organisation) {
        UserAccount user = fixtures.user(role, organisation);
        return new KozomolPrincipal(user.id(), user.email(), user.fullName(), null, true, null,
                List.of(new Membership(organisation.id(), role)), "ru");
    }

    Programme programme(String title) {
        String reference = "ГП-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        return tx.execute(s -> programmes.create(new ProgrammeDraft(reference, title, null, null, ministry.id(), "123",
                LocalDate.of(2025, 12, 1), "https://cbd.minjust.gov.kg/1", 2026, 2030, "BP-07", null), coordinator, false));
    }

    /** A goal with one outcome under it, and an output under the outcome. */
    List<FrameworkNode> chain(Programme programme) {
        return tx.execute(s -> {
            FrameworkNode goal = framework.addNode(programme.id(), new NodeDraft(null, NodeKind.GOAL, "Цель", null, null, null));
            FrameworkNode outcome = framework.addNode(programme.id(),
                    new NodeDraft(goal.id(), NodeKind.OUTCOME, "Результат", null, "Бюджет выделен", "Смена руководства"));
            FrameworkNode output = framework.addNode(programme.id(),
                    new NodeDraft(outcome.id(), NodeKind.OUTPUT, "Продукт", null, null, null));
            return List.of(goal, outcome, output);
        });
    }

    Indicator indicator(Programme programme, FrameworkNode node, MeasureType measure, String unit, List<String> categories) {
        return tx.execute(s -> framework.addIndicator(programme.id(), node.id(), new IndicatorDraft("Индикатор " + measure, null,
                measure, unit, IndicatorDirection.INCREASE, categories, "пол; область", "Отчёт министерства", null, null, null)));
    }

    void reviewsAdd(Programme programme, KozomolPrincipal expert) {
        reviews.addExpert(programme.id(), expert.id(), coordinator);
    }
}
