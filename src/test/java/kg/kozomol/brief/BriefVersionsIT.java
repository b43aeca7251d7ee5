package kg.kozomol.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class BriefVersionsIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    BriefWorld world;

    @BeforeEach
    void setUp() {
        world = new BriefWorld(context);
    }

    @Test
    void editingAPublishedBriefCreatesVersionTwoAndKeepsVersionOneAsItWas() throws Exception {
        Brief brief = world.published("Алименты: первая редакция", "<p>Выплаты получают редко.</p>");
        mvc.perform(post("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)).with(csrf())
                        .param("themeId", Long.toString(world.theme.id())).param("originalLanguage", "ru")
                        .param("titleRu", "Алименты: вторая редакция").param("summaryRu", "<p>Выплаты получают очень редко.</p>")
                        .param("version", Integer.toString(brief.version())))
                .andExpect(status().is3xxRedirection());
        Brief edited = world.briefs.require(brief.id());
        assertThat(edited.status()).isEqualTo(BriefStatus.PUBLISHED);
        assertThat(edited.publishedVersion()).isEqualTo(2);
        BriefVersions versions = context.getBean(BriefVersions.class);
        assertThat(versions.version(brief.id(), 1).orElseThrow().content().get("title.ru")).isEqualTo("Алименты: первая редакция");
        assertThat(versions.version(brief.id(), 2).orElseThrow().content().get("title.ru")).isEqualTo("Алименты: вторая редакция");
        assertThat(versions.version(brief.id(), 1).orElseThrow().content().get("summary.ru")).isEqualTo("<p>Выплаты получают редко.</p>");

        var reader = world.member(Role.STATE_FOCAL_POINT, world.fixtures.organisation(OrganisationKind.STATE_BODY));
        mvc.perform(get("/briefs/" + brief.id() + "/versions/1").with(TestUsers.as(reader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Алименты: первая редакция")));
        mvc.perform(get("/briefs/" + brief.id() + "/versions/diff").param("from", "1").param("to", "2").with(TestUsers.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<del><span class=\"visually-hidden\">удалено:</span><span>первая</span>")))
                .andExpect(content().string(containsString("<ins><span class=\"visually-hidden\">добавлено:</span><span>вторая</span>")))
                .andExpect(content().string(containsString("<ins><span class=\"visually-hidden\">добавлено:</span><span>очень</span>")));
        mvc.perform(get("/briefs/" + brief.id() + "/versions/7").with(TestUsers.as(reader))).andExpect(status().isNotFound());
        mvc.perform(get("/briefs/" + brief.id() + "/versions/diff").param("from", "1").param("to", "9").with(TestUsers.as(reader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Таких версий нет")));
    }

    @Test
    void aFindingAddedAfterPublicationIsANewVersionAndShowsInTheDiff() throws Exception {
        Brief brief = world.published("Пробация", "<p>Итог</p>");
        mvc.perform(post("/briefs/" + brief.id() + "/findings").with(TestUsers.as(world.researcher)).with(csrf())
                        .param("titleRu", "Женщинам не хватает консультаций"))
                .andExpect(status().is3xxRedirection());
        assertThat(world.briefs.require(brief.id()).publishedVersion()).isEqualTo(2);
        mvc.perform(get("/briefs/" + brief.id() + "/versions/diff").param("from", "1").param("to", "2").with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("<span>1. Женщинам не хватает консультаций</span>")))
                .andExpect(content().string(not(containsString("<del>"))));
    }

    @Test
    void editingAFindingOfAPublishedBriefIsANewVersionAndAStaleFindingSaveIsRefused() throws Exception {
        Brief brief = world.draft("Выводы", "<p>Итог</p>");
        Finding finding = BriefWorld.as(world.researcher, () -> world.findings.add(brief.id(),
                new FindingDraft(new Bilingual("Старый вывод", null), Bilingual.EMPTY)));
        BriefWorld.as(world.researcher, () -> {
            Brief reviewed = world.briefs.move(brief.id(), world.briefs.require(brief.id()).version(), BriefStatus.INTERNAL_REVIEW);
            return world.briefs.move(brief.id(), reviewed.version(), BriefStatus.PUBLISHED);
        });
        mvc.perform(post("/briefs/" + brief.id() + "/findings/" + finding.id()).with(TestUsers.as(world.researcher)).with(csrf())
                        .param("titleRu", "Новый вывод").param("version", Integer.toString(finding.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(world.briefs.require(brief.id()).publishedVersion()).isEqualTo(2);
        mvc.perform(post("/briefs/" + brief.id() + "/findings/" + finding.id()).with(TestUsers.as(world.researcher)).with(csrf())
                        .param("titleRu", "Устаревшая правка").param("version", Integer.toString(finding.version())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Запись уже изменил другой пользователь")));
        mvc.perform(get("/briefs/" + brief.id() + "/versions/diff").param("from", "1").param("to", "2").with(TestUsers.as(world.researcher)))
                .andExpect(content().string(containsString("<span>Старый</span>")))
                .andExpect(content().string(containsString("<span>Новый</span>")));
        assertThat(world.findings.require(brief.id(), finding.id()).title().ru()).isEqualTo("Новый вывод");
    }

    @Test
    void theWordDiffMarksRemovedAndAddedRuns() {
        var parts = VersionDiff.words("один два три", "один четыре три пять");
        assertThat(parts).containsExactly(new VersionDiff.Part(VersionDiff.Change.SAME, "один"),
                new VersionDiff.Part(VersionDiff.Change.REMOVED, "два"), new VersionDiff.Part(VersionDiff.Change.ADDED, "четыре"),
                new VersionDiff.Part(VersionDiff.Change.SAME, "три"), new VersionDiff.Part(VersionDiff.Change.ADDED, "пять"));
    }
}
