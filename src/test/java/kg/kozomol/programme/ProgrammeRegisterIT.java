package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** The programme register: registering, editing with its locks and bad input, and the status workflow. */
@KozomolTest
class ProgrammeRegisterIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    ProgrammeWorld world;

    @BeforeEach
    void setUp() {
        world = new ProgrammeWorld(context);
    }

    @Test
    void aCoordinatorRegistersAProgrammeWhichEveryoneSignedInCanRead() throws Exception {
        mvc.perform(get("/programmes/new").with(TestUsers.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Новая программа")));
        mvc.perform(entry(post("/programmes"), "ГП-СК-2026").with(TestUsers.as(world.coordinator)))
                .andExpect(redirectedUrlPattern("/programmes/*")).andExpect(flash().attribute("flash", "programme.created"));
        long id = world.fixtures.count("select id from programme where reference = 'ГП-СК-2026'");
        Programme programme = world.programmes.require(id);
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programme.titleEn()).isEqualTo("Social contract programme");
        assertThat(programme.discussionUrl()).isEqualTo("https://koomtalkuu.gov.kg/ru/view-npa/1234");
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'programme' and entity_id = '" + id + "'"))
                .isEqualTo(1);

        KozomolPrincipal researcher = world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO));
        mvc.perform(get("/programmes").with(TestUsers.as(researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Программа социального контракта")));
        mvc.perform(get("/programmes/" + id).with(TestUsers.as(researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ГП-СК-2026")))
                .andExpect(content().string(containsString("2026–2030")))
                .andExpect(content().string(containsString("Рамка результатов ещё не составлена.")));
    }

    @Test
    void badEntriesAreNamedFieldByFieldAndNothingIsSaved() throws Exception {
        Programme taken = world.programme("Занятый номер");
        long before = world.fixtures.count("select count(*) from programme");
        mvc.perform(entry(post("/programmes"), "X-1", "periodStart", "2030", "periodEnd", "2026", "discussionUrl", "javascript:alert(1)").with(TestUsers.as(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Год окончания не может быть раньше года начала.")));
        mvc.perform(entry(post("/programmes"), "X-1", "discussionUrl", "javascript:alert(1)")
                        .with(TestUsers.as(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите адрес, начинающийся с http:// или https://.")));
        mvc.perform(entry(post("/programmes"), "X-1", "periodStart", "двадцать", "actDate", "01.12.2025", "ownerBodyId", Long.toString(world.consortium.id())).with(TestUsers.as(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите год четырьмя цифрами (1991–2100).")))
                .andExpect(content().string(containsString("Укажите дату в формате ГГГГ-ММ-ДД.")));
        mvc.perform(entry(post("/programmes"), "X-1", "ownerBodyId", Long.toString(world.consortium.id()))
                        .with(TestUsers.as(world.coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Выберите государственный орган из списка.")));
        mvc.perform(entry(post("/programmes"), taken.reference()).with(TestUsers.as(world.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Программа с таким регистрационным номером уже есть.")));
        assertThat(world.fixtures.count("select count(*) from programme")).isEqualTo(before);
    }

    @Test
    void theOwnerBodysFocalPointEditsButAStaleSaveOverwritesNothing() throws Exception {
        Programme programme = world.programme("Инклюзивное образование");
        mvc.perform(get("/programmes/" + programme.id() + "/edit").with(TestUsers.as(world.focal))).andExpect(status().isOk());
        mvc.perform(entry(post("/programmes/" + programme.id()), programme.reference(), "titleRu", "Новое название", "version", "0").with(TestUsers.as(world.focal)))
                .andExpect(redirectedUrl("/programmes/" + programme.id()));
        assertThat(world.programmes.require(programme.id()).titleRu()).isEqualTo("Новое название");

        mvc.perform(entry(post("/programmes/" + programme.id()), programme.reference(), "titleRu", "Устаревшая правка", "version", "0").with(TestUsers.as(world.focal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись изменил кто-то другой")));
        assertThat(world.programmes.require(programme.id()).titleRu()).isEqualTo("Новое название");

        var otherBody = world.fixtures.organisation(OrganisationKind.STATE_BODY);
        mvc.perform(entry(post("/programmes/" + programme.id()), programme.reference(), "ownerBodyId", Long.toString(otherBody.id()), "version", "1").with(TestUsers.as(world.focal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ответственный орган может изменить только координатор.")));
        assertThat(world.programmes.require(programme.id()).ownerBodyId()).isEqualTo(world.ministry.id());

        KozomolPrincipal otherFocal = world.member(Role.STATE_FOCAL_POINT, otherBody);
        mvc.perform(get("/programmes/" + programme.id() + "/edit").with(TestUsers.as(otherFocal))).andExpect(status().isForbidden());
        mvc.perform(entry(post("/programmes/" + programme.id()), programme.reference(), "version", "1")
                .with(TestUsers.as(otherFocal))).andExpect(status().isForbidden());
        KozomolPrincipal expert = world.member(Role.EXPERT, world.fixtures.organisation(OrganisationKind.EXPERT_GROUP));
        mvc.perform(get("/programmes/" + programme.id() + "/edit").with(TestUsers.as(expert))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/" + programme.id() + "/nodes/new").with(TestUsers.as(expert))).andExpect(status().isForbidden());
    }

    @Test
    void theStatusMovesOnlyAlongTheWorkflow() throws Exception {
        Programme programme = world.programme("Статусы");
        String url = "/programmes/" + programme.id() + "/status";
        mvc.perform(post(url).param("status", "APPROVED").param("version", "0").with(csrf()).with(TestUsers.as(world.coordinator)))
                .andExpect(redirectedUrl("/programmes/" + programme.id()))
                .andExpect(flash().attribute("refused", "programme.refused.transition"));
        assertThat(world.programmes.require(programme.id()).status()).isEqualTo(ProgrammeStatus.DRAFT);
        mvc.perform(post(url).param("status", "PUBLIC_DISCUSSION").param("version", "0").with(csrf())
                .with(TestUsers.as(world.coordinator))).andExpect(flash().attribute("flash", "programme.moved"));
        mvc.perform(post(url).param("status", "APPROVED").param("version", "0").with(csrf()).with(TestUsers.as(world.coordinator)))
                .andExpect(flash().attribute("refused", "programme.stale"));
        mvc.perform(post(url).param("status", "DRAFT").param("version", "1").with(csrf()).with(TestUsers.as(world.focal)))
                .andExpect(flash().attribute("flash", "programme.moved"));
        mvc.perform(post(url).param("status", "NONSENSE").param("version", "2").with(csrf()).with(TestUsers.as(world.focal)))
                .andExpect(flash().attribute("refused", "programme.refused.transition"));
        assertThat(world.programmes.require(programme.id()).status()).isEqualTo(ProgrammeStatus.DRAFT);
        for (ProgrammeStatus next : new ProgrammeStatus[] {ProgrammeStatus.PUBLIC_DISCUSSION, ProgrammeStatus.APPROVED,
                ProgrammeStatus.IN_IMPLEMENTATION, ProgrammeStatus.CLOSED}) {
            Programme current = world.programmes.require(programme.id());
            mvc.perform(post(url).param("status", next.name()).param("version", Integer.toString(current.version())).with(csrf())
                    .with(TestUsers.as(world.coordinator))).andExpect(flash().attribute("flash", "programme.moved"));
        }
        assertThat(world.programmes.require(programme.id()).status()).isEqualTo(ProgrammeStatus.CLOSED);
        mvc.perform(get("/programmes/" + programme.id()).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Завершена")));
    }

    /** A complete, valid entry; each pair of {@code changes} (field, value) replaces one field. */
    private MockHttpServletRequestBuilder entry(MockHttpServletRequestBuilder request, String reference, String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("reference", reference);
        fields.put("titleRu", "Программа социального контракта");
        fields.put("titleKy", "Социалдык келишим программасы");
        fields.put("titleEn", "Social contract programme");
        fields.put("ownerBodyId", Long.toString(world.ministry.id()));
        fields.put("actNumber", "45");
        fields.put("actDate", "2025-12-01");
        fields.put("actUrl", "https://cbd.minjust.gov.kg/45");
        fields.put("periodStart", "2026");
        fields.put("periodEnd", "2030");
        fields.put("budgetCode", "BP-1001");
        fields.put("discussionUrl", "https://koomtalkuu.gov.kg/ru/view-npa/1234");
        for (int i = 0; i + 1 < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.forEach(request::param);
        return request.with(csrf());
    }
}
