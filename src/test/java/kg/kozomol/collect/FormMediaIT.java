package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** Media files attached on the form page reach phones through the manifest, byte for byte, and only the study's phones. */
@KozomolTest
class FormMediaIT {

    static final Map<String, String> MANIFEST = Map.of("m", "http://openrosa.org/xforms/xformsManifest");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;
    @Autowired AppUsers appUsers;

    CollectWorld world;
    CollectForm form;
    String phone;

    @BeforeEach
    void formAndPhone() {
        world = new CollectWorld(context);
        tx.execute(s -> forms.upload(world.study.id(), "audit.xlsx", XlsFormFixture.schoolAudit("1").bytes(), world.researcher));
        form = forms.ofStudy(world.study.id()).get(0);
        phone = "/collect/key/" + tx.execute(s -> appUsers.create(world.study.id(), "Телефон", world.researcher)).token();
    }

    String attach(KozomolPrincipal user, int expectedStatus, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/collect/forms/" + form.id() + "/media").file(new MockMultipartFile("file", name, null, bytes))
                .with(csrf()).with(TestUsers.as(user))).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theManifestListsAttachedFilesWithTheirMd5AndPhonesDownloadTheBytes() throws Exception {
        byte[] csv = "name,label,district\nkarakol,Каракол,issyk_kul\n".getBytes(StandardCharsets.UTF_8);
        attach(world.researcher, 302, "logo.png", PNG);
        attach(world.researcher, 302, "schools list.csv", csv);

        String manifest = "/m:manifest/m:mediaFile";
        mvc.perform(get(phone + "/forms/school_audit/manifest")).andExpect(status().isOk())
                .andExpect(header().string("X-OpenRosa-Version", "1.0"))
                .andExpect(xpath(manifest, MANIFEST).nodeCount(2))
                .andExpect(xpath(manifest + "[m:filename='logo.png']/m:hash", MANIFEST).string("md5:" + Forms.md5(PNG)))
                .andExpect(xpath(manifest + "[m:filename='schools list.csv']/m:hash", MANIFEST).string("md5:" + Forms.md5(csv)))
                .andExpect(xpath(manifest + "[m:filename='schools list.csv']/m:downloadUrl", MANIFEST)
                        .string("http://localhost" + phone + "/forms/school_audit/media/schools%20list.csv"));
        mvc.perform(get(phone + "/forms/school_audit/media/schools list.csv")).andExpect(status().isOk())
                .andExpect(content().bytes(csv)).andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get(phone + "/forms/school_audit/media/logo.png")).andExpect(content().bytes(PNG));

        byte[] newer = java.util.Arrays.copyOf(PNG, PNG.length + 4);
        attach(world.researcher, 302, "logo.png", newer);
        mvc.perform(get(phone + "/forms/school_audit/manifest"))
                .andExpect(xpath(manifest, MANIFEST).nodeCount(2))
                .andExpect(xpath(manifest + "[m:filename='logo.png']/m:hash", MANIFEST).string("md5:" + Forms.md5(newer)));
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'collect_form_media'")).isEqualTo(3);

        CollectWorld other = new CollectWorld(context);
        String otherPhone = "/collect/key/" + tx.execute(s -> appUsers.create(other.study.id(), "Чужой", other.researcher)).token();
        mvc.perform(get(otherPhone + "/forms/school_audit/media/logo.png")).andExpect(status().isNotFound());
        mvc.perform(get(otherPhone + "/forms/school_audit/manifest")).andExpect(status().isNotFound());
        mvc.perform(get(phone + "/forms/school_audit/media/missing.png")).andExpect(status().isNotFound())
                .andExpect(header().string("X-OpenRosa-Version", "1.0"));

        String page = mvc.perform(get("/collect/forms/" + form.id()).with(TestUsers.as(world.monitor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("schools list.csv", "md5:" + Forms.md5(csv)).doesNotContain("id=\"media-file\"");
        long mediaId = world.fixtures.jdbc().sql("select id from collect_form_media where name = 'logo.png' and form_id = :f")
                .param("f", form.id()).query(Long.class).single();
        mvc.perform(get("/collect/forms/" + form.id() + "/media/" + mediaId).with(TestUsers.as(world.monitor)))
                .andExpect(content().bytes(newer));
        mvc.perform(post("/collect/forms/" + form.id() + "/media/" + mediaId + "/delete").with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(redirectedUrl("/collect/forms/" + form.id()));
        mvc.perform(get(phone + "/forms/school_audit/manifest")).andExpect(xpath(manifest, MANIFEST).nodeCount(1));
    }

    @Test
    void badFilesAreRefusedOnThePageAndOnlyTheFormsOwnersAttach() throws Exception {
        assertThat(attach(world.researcher, 422, "logo.png", "not a png".getBytes(StandardCharsets.UTF_8)))
                .contains("Содержимое «logo.png» не соответствует расширению.", "aria-invalid=\"true\"");
        assertThat(attach(world.researcher, 422, "../../etc/passwd.csv", "a,b\n".getBytes(StandardCharsets.UTF_8)))
                .contains("нельзя использовать");
        assertThat(attach(world.researcher, 422, "run.exe", PNG)).contains("нельзя использовать");
        assertThat(attach(world.researcher, 422, "list.csv", new byte[] {(byte) 0xC3, 0x28})).contains("не соответствует");
        assertThat(attach(world.researcher, 422, "big.mp3", new byte[(int) FormMedia.MAX_BYTES + 1])).contains("Файл слишком большой");
        attach(world.monitor, 403, "logo.png", PNG);
        assertThat(world.fixtures.count("select count(*) from collect_form_media where form_id = " + form.id())).isZero();
    }
}
