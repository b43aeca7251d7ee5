package kg.kozomol.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class OrganisationLogoIT {

    // A 1×1 transparent PNG.
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    kg.kozomol.platform.KozomolPrincipal admin;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        admin = TestUsers.principal(new Fixtures(context).user(Role.ADMIN).id(), Role.ADMIN, 1);
    }

    @Test
    void aLogoIsStoredAndServedPubliclyAsAnImage() throws Exception {
        Organisation org = new Fixtures(context).organisation(OrganisationKind.CSO);
        MvcResult result = upload(org.id(), new MockMultipartFile("logo", "logo.png", "image/png", PNG));
        assertThat(result.getFlashMap().get("flash")).isEqualTo("identity.logo.saved");
        String fileId = new Fixtures(context).jdbc().sql("select logo_file_id::text from organisation where id = :id")
                .param("id", org.id()).query(String.class).single();
        var response = mvc.perform(get("/files/" + fileId)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getContentAsByteArray()).isEqualTo(PNG);
    }

    @Test
    void aNonImageNamedPngIsRejectedWithALocalisedMessage() throws Exception {
        Organisation org = new Fixtures(context).organisation(OrganisationKind.CSO);
        MvcResult result = upload(org.id(), new MockMultipartFile("logo", "logo.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes()));
        assertThat(result.getFlashMap().get("logoError")).isEqualTo("files.rejected.type");
        // Follow the redirect in the same session, as a browser would.
        var page = mvc.perform(get(result.getResponse().getRedirectedUrl()).cookie(result.getResponse().getCookies())
                .with(TestUsers.as(admin))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Этот тип файла").contains("error-summary");
        assertNoLogo(org.id());
    }

    @Test
    void anOversizedOrMissingLogoIsRejected() throws Exception {
        Organisation org = new Fixtures(context).organisation(OrganisationKind.CSO);
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(PNG);
        big.writeBytes(new byte[3 * 1024 * 1024]);
        assertThat(upload(org.id(), new MockMultipartFile("logo", "big.png", "image/png", big.toByteArray()))
                .getFlashMap().get("logoError")).isEqualTo("files.rejected.tooLarge");
        assertThat(upload(org.id(), new MockMultipartFile("logo", "", "image/png", new byte[0]))
                .getFlashMap().get("logoError")).isEqualTo("identity.logo.missing");
        assertNoLogo(org.id());
        assertThat(new Fixtures(context).count("select count(*) from stored_file where purpose = 'organisation.logo' "
                + "and organisation_id = " + org.id())).isZero();
    }

    private MvcResult upload(long organisationId, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/admin/organisations/" + organisationId + "/logo").file(file).with(csrf())
                .with(TestUsers.as(admin))).andReturn();
    }

    private void assertNoLogo(long organisationId) {
        assertThat(new Fixtures(context).count("select count(*) from organisation where logo_file_id is not null and id = "
                + organisationId)).isZero();
    }
}
