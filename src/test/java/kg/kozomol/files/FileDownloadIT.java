package kg.kozomol.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestFileAccessRules;
import kg.kozomol.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KozomolTest
class FileDownloadIT {

    @Autowired MockMvc mvc;
    @Autowired StoredFiles files;
    @Autowired JdbcClient jdbc;

    long orgA;
    long orgB;
    KozomolPrincipal uploader;
    KozomolPrincipal member;
    KozomolPrincipal stranger;
    KozomolPrincipal admin;

    @BeforeEach
    void people() {
        orgA = organisation("A " + System.nanoTime());
        orgB = organisation("B " + System.nanoTime());
        uploader = TestUsers.principal(user(), Role.RESEARCHER, orgA);
        member = TestUsers.principal(user(), Role.CODER, orgA);
        stranger = TestUsers.principal(user(), Role.RESEARCHER, orgB);
        admin = TestUsers.principal(user(), Role.ADMIN, orgB);
    }

    @Test
    void publicFilesAreReadableByAnyoneAndCacheable() throws Exception {
        byte[] bytes = StoredFilesIT.png();
        StoredFile file = store("Фото 1.png", bytes, FileVisibility.PUBLIC);
        for (MockHttpServletRequestBuilder request : requestsFromEveryone(file)) {
            mvc.perform(request).andExpect(status().isOk()).andExpect(content().bytes(bytes))
                    .andExpect(content().contentType("image/png"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Cache-Control", "max-age=3600, public"))
                    .andExpect(header().string("Content-Disposition", allOf(startsWith("inline;"),
                            endsWith("; filename*=UTF-8''%D0%A4%D0%BE%D1%82%D0%BE%201.png"))));
        }
    }

    @Test
    void organisationFilesAreForMembersUploaderAndAdmins() throws Exception {
        byte[] bytes = "minutes of the meeting".getBytes(StandardCharsets.UTF_8);
        StoredFile file = store("minutes.txt", bytes, FileVisibility.ORGANISATION);
        mvc.perform(get("/files/{id}", file.id())).andExpect(status().isNotFound());
        mvc.perform(get("/files/{id}", file.id()).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        for (KozomolPrincipal reader : new KozomolPrincipal[] {member, uploader, admin}) {
            mvc.perform(get("/files/{id}", file.id()).with(TestUsers.as(reader)))
                    .andExpect(status().isOk()).andExpect(content().bytes(bytes))
                    .andExpect(header().string("Cache-Control", "no-store, private"))
                    .andExpect(header().string("Content-Disposition", allOf(startsWith("attachment;"),
                            endsWith("; filename*=UTF-8''minutes.txt"))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void ownerFilesAreForUploaderAndAdmins() throws Exception {
        byte[] bytes = "private notes".getBytes(StandardCharsets.UTF_8);
        StoredFile file = store("notes.txt", bytes, FileVisibility.OWNER);
        mvc.perform(get("/files/{id}", file.id())).andExpect(status().isNotFound());
        for (KozomolPrincipal outsider : new KozomolPrincipal[] {stranger, member}) {
            mvc.perform(get("/files/{id}", file.id()).with(TestUsers.as(outsider))).andExpect(status().isNotFound());
        }
        for (KozomolPrincipal reader : new KozomolPrincipal[] {uploader, admin}) {
            mvc.perform(get("/files/{id}", file.id()).with(TestUsers.as(reader)))
                    .andExpect(status().isOk()).andExpect(content().bytes(bytes));
        }
    }

    @Test
    void aFeatureRuleDecidesInsteadOfTheVisibility() throws Exception {
        byte[] bytes = "for experts".getBytes(StandardCharsets.UTF_8);
        StoredFile file = files.store(new FileUpload(TestFileAccessRules.EXPERTS_ONLY, "review.txt",
                new ByteArrayInputStream(bytes), Set.of("text/plain"), 0, FileVisibility.PUBLIC, orgA), uploader.id());
        mvc.perform(get("/files/{id}", file.id())).andExpect(status().isNotFound());
        mvc.perform(get("/files/{id}", file.id()).with(TestUsers.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/files/{id}", file.id()).with(TestUsers.as(TestUsers.principal(admin.id(), Role.EXPERT, orgB))))
                .andExpect(status().isOk()).andExpect(content().bytes(bytes));
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() throws Exception {
        mvc.perform(get("/files/{id}", java.util.UUID.randomUUID()).with(TestUsers.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/files/not-a-uuid").with(TestUsers.as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theRowRecordsWhoUploadedAndWhatWasSniffed() throws Exception {
        StoredFile file = store("minutes.txt", "x".getBytes(StandardCharsets.UTF_8), FileVisibility.ORGANISATION);
        var row = jdbc.sql("select uploaded_by, organisation_id, visibility, content_type from stored_file where id = :id")
                .param("id", file.id()).query().singleRow();
        assertThat(row).containsEntry("uploaded_by", uploader.id()).containsEntry("organisation_id", orgA)
                .containsEntry("visibility", "ORGANISATION").containsEntry("content_type", "text/plain");
    }

    private MockHttpServletRequestBuilder[] requestsFromEveryone(StoredFile file) {
        return new MockHttpServletRequestBuilder[] {
            get("/files/{id}", file.id()),
            get("/files/{id}", file.id()).with(TestUsers.as(stranger)),
            get("/files/{id}", file.id()).with(TestUsers.as(member)),
            get("/files/{id}", file.id()).with(TestUsers.as(admin))
        };
    }

    private StoredFile store(String name, byte[] bytes, FileVisibility visibility) {
        return files.store(new FileUpload("test", name, new ByteArrayInputStream(bytes),
                Set.of("image/png", "text/plain"), 0, visibility, orgA), uploader.id());
    }

    private long organisation(String name) {
        return jdbc.sql("insert into organisation (kind, name_ru) values ('CSO', :name) returning id")
                .param("name", name).query(Long.class).single();
    }

    private long user() {
        return jdbc.sql("insert into app_user (email, full_name, status) values (:email, 'Test', 'ACTIVE') returning id")
                .param("email", "u" + System.nanoTime() + "@test.kozomol.kg").query(Long.class).single();
    }
}
