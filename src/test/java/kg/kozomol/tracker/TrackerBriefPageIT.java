package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.Methodology;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.brief.BriefRecommendationLine;
import kg.kozomol.brief.BriefRecommendations;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationDraft;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.SupportedLocales;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * The brief page and its export list the brief's recommendations through the brief module's port: released ones
 * for all, drafts only for their organisation, each with its addressed bodies.
 */
@KozomolTest
class TrackerBriefPageIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void theBriefPageListsReleasedRecommendationsToAllAndDraftsOnlyToTheirOrganisation() throws Exception {
        TrackerScenario s = new TrackerScenario(context);
        long themeId = s.inTransaction(() -> context.getBean(Themes.class)
                .create(new ThemeDraft("seam-theme", "Тема", null, null, true), false).id());
        Brief brief = s.inTransaction(() -> {
            s.signIn(s.researcher);
            return context.getBean(Briefs.class).create(new BriefDraft(s.cso.id(), themeId, "ru",
                    new Bilingual("Записка со связью", null), new Bilingual("<p>Кратко</p>", null), Bilingual.EMPTY,
                    new Methodology(Bilingual.EMPTY, null, null, null), List.of()), s.researcher, false);
        });
        // Recommendations go to state bodies with the published brief.
        s.inTransaction(() -> {
            s.signIn(s.researcher);
            Briefs briefs = context.getBean(Briefs.class);
            Brief current = briefs.require(brief.id());
            Brief review = briefs.move(current.id(), current.version(), kg.kozomol.brief.BriefStatus.INTERNAL_REVIEW);
            return briefs.move(review.id(), review.version(), kg.kozomol.brief.BriefStatus.PUBLISHED);
        });
        Recommendation released = s.inTransaction(() -> s.releasedIn(brief.id()));
        Recommendation draft = s.inTransaction(() -> {
            s.signIn(s.researcher);
            return s.recommendations.create(s.draftIn(brief.id()));
        });

        String own = mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(s.researcher)))
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains(released.reference()).contains(draft.reference())
                .contains("/recommendations/new?brief=" + brief.id());

        var outsider = TestUsers.principal(new Fixtures(context).user(Role.COORDINATOR,
                new Fixtures(context).organisation(OrganisationKind.COORDINATOR)).id(), Role.RESEARCHER, 999_999);
        // Once published, an outsider sees only the released recommendation.
        String others = mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(outsider)))
                .andReturn().getResponse().getContentAsString();
        assertThat(others).contains(released.reference()).doesNotContain(draft.reference());
    }

    @Test
    void eachLineNamesTheLeadAndSupportingBodiesInTheAskedLanguageWithTheLeadsDueDate() {
        TrackerScenario s = new TrackerScenario(context);
        Organisations organisations = context.getBean(Organisations.class);
        Organisation ministry = s.inTransaction(() -> organisations.create(new OrganisationDraft(OrganisationKind.STATE_BODY,
                "Министерство здравоохранения (шов)", "Саламаттык сактоо министрлиги (шов)", null, null, null, null, null, true), false));
        Organisation city = s.inTransaction(() -> organisations.create(new OrganisationDraft(OrganisationKind.STATE_BODY,
                "Мэрия Каракола (шов)", "Каракол шаарынын мэриясы (шов)", null, null, null, null, null, true), false));
        long briefId = s.brief(777);
        Recommendation released = s.inTransaction(() -> {
            s.signIn(s.researcher);
            Recommendation created = s.recommendations.create(new RecommendationDraft(briefId, 1, s.cso.id(),
                    "Открыть фельдшерские пункты", "Фельдшердик пункттарды ачуу", "ru", null, ActionType.BUDGET, Priority.HIGH,
                    null, ministry.id(), List.of(city.id()), List.of()));
            return s.recommendations.release(created.id(), created.version());
        });
        Recommendation draft = s.inTransaction(() -> {
            s.signIn(s.researcher);
            return s.recommendations.create(s.draftIn(briefId));
        });
        BriefRecommendations lines = context.getBean(BriefRecommendations.class);

        BriefRecommendationLine kyrgyz = lines.forBrief(briefId, s.leadFocal, SupportedLocales.KYRGYZ).get(0);
        assertThat(lines.forBrief(briefId, s.leadFocal, SupportedLocales.KYRGYZ)).hasSize(1);
        assertThat(kyrgyz.reference()).isEqualTo(released.reference());
        assertThat(kyrgyz.leadBody()).isEqualTo("Саламаттык сактоо министрлиги (шов)");
        assertThat(kyrgyz.supportingBodies()).containsExactly("Каракол шаарынын мэриясы (шов)");
        assertThat(kyrgyz.responseDue()).isEqualTo(s.recommendations.today().plusDays(30));
        assertThat(kyrgyz.briefVersion()).isEqualTo(1);
        assertThat(kyrgyz.text(SupportedLocales.KYRGYZ)).isEqualTo("Фельдшердик пункттарды ачуу");

        List<BriefRecommendationLine> own = lines.forBrief(briefId, s.researcher, SupportedLocales.RUSSIAN);
        assertThat(own).extracting(BriefRecommendationLine::reference).containsExactly(released.reference(), draft.reference());
        assertThat(own.get(0).leadBody()).isEqualTo("Министерство здравоохранения (шов)");
        assertThat(own.get(0).supportingBodies()).containsExactly("Мэрия Каракола (шов)");
        assertThat(own.get(1).released()).isFalse();
        assertThat(own.get(1).responseDue()).isNull();
        assertThat(own.get(1).leadBody()).isEqualTo(s.lead.nameRu());
    }
}
