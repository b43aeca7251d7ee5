package kg.kozomol.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class AdminOrganisationsIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    Fixtures fixtures;
    kg.kozomol.platform.KozomolPrincipal admin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        UserAccount user = fixtures.user(Role.ADMIN);
        admin = new kg.kozomol.platform.KozomolPrincipal(user.id(), "admin@test.kozomol.kg", "Admin", null, true, null,
                java.util.List.of(new kg.kozomol.platform.Membership(1, Role.ADMIN)), "ru");
    }

    @Test
    void createsAnOrganisationAndRecordsItInTheAuditLog() throws Exception {
        save("/admin/organisations", Map.of("kind", "CSO", "nameRu", "ОО «Новая»", "nameKy", "КБ «Жаңы»", "version", "0"))
                .andExpect(status().is3xxRedirection());
        long id = fixtures.count("select id from organisation where name_ru = 'ОО «Новая»'");
        String after = fixtures.jdbc().sql("select after_state::text from audit_event where entity_type = 'organisation' and entity_id = :id and action = 'CREATE'")
                .param("id", Long.toString(id)).query(String.class).single();
        assertThat(after).contains("ОО «Новая»").contains("КБ «Жаңы»");
        assertThat(fixtures.jdbc().sql("select actor_email from audit_event where entity_id = :id").param("id", Long.toString(id))
                .query(String.class).single()).isEqualTo("admin@test.kozomol.kg");
    }

    @Test
    void anUpdateStoresBeforeAndAfter() throws Exception {
        Organisation org = fixtures.organisation(OrganisationKind.STATE_BODY);
        save("/admin/organisations/" + org.id(), Map.of("kind", "STATE_BODY", "nameRu", "Переименованный орган", "version", "0"))
                .andExpect(status().is3xxRedirection());
        var row = fixtures.jdbc().sql("select before_state->>'nameRu' as b, after_state->>'nameRu' as a from audit_event "
                + "where entity_type = 'organisation' and entity_id = :id and action = 'UPDATE'")
                .param("id", Long.toString(org.id())).query((rs, i) -> new String[] {rs.getString("b"), rs.getString("a")}).single();
        assertThat(row).containsExactly(org.nameRu(), "Переименованный орган");
    }

    @Test
    void aSecondSaveOfAnOldVersionGetsAConflictMessageAndOverwritesNothing() throws Exception {
        Organisation org = fixtures.organisation(OrganisationKind.CSO);
        save("/admin/organisations/" + org.id(), Map.of("kind", "CSO", "nameRu", "Первое изменение", "version", "0"))
                .andExpect(status().is3xxRedirection());
        save("/admin/organisations/" + org.id(), Map.of("kind", "CSO", "nameRu", "Второе изменение", "version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь")))
                .andExpect(content().string(containsString("Второе изменение")));
        assertThat(fixtures.jdbc().sql("select name_ru from organisation where id = :id").param("id", org.id())
                .query(String.class).single()).isEqualTo("Первое изменение");
    }

    @Test
    void aDuplicateNameIsAFieldError() throws Exception {
        Organisation org = fixtures.organisation(OrganisationKind.CSO);
        save("/admin/organisations", Map.of("kind", "CSO", "nameRu", org.nameRu().toUpperCase(), "version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Организация с таким названием уже есть")));
    }

    @Test
    void badInputIsExplainedAndNothingIsStored() throws Exception {
        long before = fixtures.count("select count(*) from organisation");
        save("/admin/organisations", Map.of("nameRu", "", "version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Заполните это поле")));
        save("/admin/organisations", Map.of("kind", "PIRATE", "nameRu", "X", "version", "0")).andExpect(status().isOk());
        save("/admin/organisations", Map.of("kind", "CSO", "nameRu", "Ж".repeat(301), "version", "0"))
                .andExpect(content().string(containsString("Слишком длинное")));
        save("/admin/organisations", Map.of("kind", "CSO", "nameRu", "С сайтом", "website", "javascript:alert(1)", "version", "0"))
                .andExpect(content().string(containsString("http://")));
        save("/admin/organisations", Map.of("kind", "CSO", "nameRu", "С почтой", "email", "not an email", "version", "0"))
                .andExpect(content().string(containsString("error-summary")));
        assertThat(fixtures.count("select count(*) from organisation")).isEqualTo(before);
    }

    @Test
    void anOrganisationCannotBeItsOwnParent() throws Exception {
        Organisation org = fixtures.organisation(OrganisationKind.STATE_BODY);
        save("/admin/organisations/" + org.id(), Map.of("kind", "STATE_BODY", "nameRu", org.nameRu(), "parentId",
                Long.toString(org.id()), "version", "0")).andExpect(content().string(containsString("не может быть вышестоящей")));
    }

    @Test
    void theListFiltersByKindAndText() throws Exception {
        fixtures.organisation(OrganisationKind.EXPERT_GROUP);
        mvc.perform(get("/admin/organisations").param("kind", "EXPERT_GROUP").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Экспертная группа")))
                .andExpect(content().string(containsString("<option value=\"EXPERT_GROUP\" selected=\"selected\">")));
        mvc.perform(get("/admin/organisations").param("q", "%_'\"<b>").with(TestUsers.as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/admin/organisations").param("kind", "NOPE").with(TestUsers.as(Role.ADMIN))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/organisations").param("page", "-5").with(TestUsers.as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/admin/organisations").param("page", "abc").with(TestUsers.as(Role.ADMIN))).andExpect(status().isBadRequest());
    }

    @Test
    void theAuditPageFiltersByUserRecordAndDate() throws Exception {
        Organisation org = fixtures.organisation(OrganisationKind.CSO);
        save("/admin/organisations/" + org.id(), Map.of("kind", "CSO", "nameRu", "Для журнала", "version", "0"));
        mvc.perform(get("/admin/audit").param("entityType", "organisation").param("entityId", Long.toString(org.id()))
                        .param("actor", "admin@test").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Для журнала")));
        mvc.perform(get("/admin/audit").param("from", "2999-01-01").with(TestUsers.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Ничего не найдено")));
        mvc.perform(get("/admin/audit").param("from", "31.12.2026").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ГГГГ-ММ-ДД")));
        mvc.perform(get("/admin/audit").param("from", "2026-02-01").param("to", "2026-01-01").with(TestUsers.as(Role.ADMIN)))
                .andExpect(content().string(containsString("раньше даты начала")));
    }

    private ResultActions save(String path, Map<String, String> fields) throws Exception {
        var request = post(path).with(csrf()).with(TestUsers.as(admin));
        fields.forEach(request::param);
        return mvc.perform(request);
    }
}
