package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.support.KozomolTest;

/**
 * ODK Collect's whole exchange with the OpenRosa server, as the phone makes it: form list, form download, HEAD, POST
 * with a photo, resend, conflicting resend, split upload, edits; and what a hostile or broken request gets.
 */
@KozomolTest
class OpenRosaIT {

    static final Map<String, String> OR = Map.of("or", "http://openrosa.org/http/response");
    static final Map<String, String> LIST = Map.of("x", "http://openrosa.org/xforms/xformsList");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1,
        0, 0, (byte) 0xFF, (byte) 0xD9};

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;
    @Autowired AppUsers appUsers;

    CollectWorld world;
    String base;

    @BeforeEach
    void formAndPhone() {
        world = new CollectWorld(context);
        ImportedForm imported = tx.execute(s -> forms.upload(world.study.id(), "audit.xlsx",
                XlsFormFixture.schoolAudit("1").bytes(), world.researcher));
        assertThat(imported.problems()).isEmpty();
        AppUser phone = tx.execute(s -> appUsers.create(world.study.id(), "Телефон 1", world.researcher));
        base = "/collect/key/" + phone.token();
    }

    static String submission(String instanceId, String photo, String school, String deprecatedId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <data xmlns:jr="http://openrosa.org/javarosa" id="school_audit" version="1">
                  <school>%s</school><floors>2</floors><entrance_photo>%s</entrance_photo>
                  <toilets><toilet_note>ok</toilet_note></toilets><toilets><toilet_note>none</toilet_note></toilets>
                  <meta><instanceID>%s</instanceID>%s</meta>
                </data>
                """.formatted(school, photo, instanceId, deprecatedId == null ? "" : "<deprecatedID>" + deprecatedId + "</deprecatedID>");
    }

    /** The POST as a phone sends it: one multipart body, read by the controller itself. */
    MockHttpServletRequestBuilder post(String xml, MockMultipartFile... attachments) throws Exception {
        String boundary = "or-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "xml_submission_file", "submission.xml", xml.getBytes(StandardCharsets.UTF_8));
        for (MockMultipartFile attachment : attachments) {
            part(body, boundary, attachment.getName(), attachment.getOriginalFilename(), attachment.getBytes());
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return MockMvcRequestBuilders.post(base + "/submission").contentType("multipart/form-data; boundary=" + boundary)
                .content(body.toByteArray()).header("X-OpenRosa-Version", "1.0");
    }

    static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] bytes) throws Exception {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The same POST as parts the servlet container has parsed: the way a body too large to hold in memory is read. */
    MockMultipartHttpServletRequestBuilder postParts(String xml, MockMultipartFile... attachments) {
        MockMultipartHttpServletRequestBuilder request = multipart(base + "/submission");
        request.file(new MockMultipartFile("xml_submission_file", "submission.xml", "text/xml", xml.getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile attachment : attachments) {
            request.file(attachment);
        }
        request.header("X-OpenRosa-Version", "1.0");
        return request;
    }

    static MockMultipartFile photo(String name, byte[] bytes) {
        return new MockMultipartFile(name, name, "image/jpeg", bytes);
    }

    long submissions() {
        return count("select count(*) from collect_submission s where true");
    }

    /** Counts this test's rows only: the database is emptied per class, not per test. */
    long count(String sql) {
        return world.fixtures.count(sql.replace(" where ", " join collect_form f on f.id = s.form_id where f.study_id = "
                + world.study.id() + " and "));
    }

    @Test
    void collectDownloadsTheFormAndSubmitsOnceWhateverItResends() throws Exception {
        MvcResult list = mvc.perform(get(base + "/formList").header("X-OpenRosa-Version", "1.0"))
                .andExpect(status().isOk()).andExpect(header().string("X-OpenRosa-Version", "1.0"))
                .andExpect(xpath("/x:xforms/x:xform/x:formID", LIST).string("school_audit"))
                .andExpect(xpath("/x:xforms/x:xform/x:version", LIST).string("1")).andReturn();
        String hash = xpathText(list, "/x:xforms/x:xform/x:hash");
        String downloadUrl = xpathText(list, "/x:xforms/x:xform/x:downloadUrl");
        String manifestUrl = xpathText(list, "/x:xforms/x:xform/x:manifestUrl");

        byte[] form = mvc.perform(get(downloadUrl)).andExpect(status().isOk())
                .andExpect(header().string("X-OpenRosa-Version", "1.0")).andReturn().getResponse().getContentAsByteArray();
        assertThat(hash).isEqualTo("md5:" + Forms.md5(form));
        mvc.perform(get(manifestUrl)).andExpect(status().isOk())
                .andExpect(xpath("/m:manifest", Map.of("m", "http://openrosa.org/xforms/xformsManifest")).exists());

        mvc.perform(head(base + "/submission")).andExpect(status().isNoContent())
                .andExpect(header().string("X-OpenRosa-Version", "1.0"))
                .andExpect(header().string("X-OpenRosa-Accept-Content-Length", "10485760"));

        String xml = submission("uuid:first", "door.jpg", "Школа №1", null);
        MvcResult stored = mvc.perform(post(xml, photo("door.jpg", JPEG))).andExpect(status().isCreated())
                .andExpect(xpath("/or:OpenRosaResponse/or:message", OR).exists()).andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(stored.getRequest().getSession(false)).as("phones get no session").isNull();
        mvc.perform(post(xml, photo("door.jpg", JPEG))).andExpect(status().isAccepted());
        mvc.perform(post(xml)).andExpect(status().isAccepted());
        assertThat(submissions()).isEqualTo(1);
        assertThat(count("select count(*) from collect_attachment a join collect_submission s on s.id = a.submission_id"
                + " where file_id is not null")).isEqualTo(1);
        assertThat(count("select count(*) from collect_submission s where issues @> '[{\"question\": \"consent\", \"kind\": \"REQUIRED\"}]'"))
                .as("the server's check of the answers is recorded, the submission kept").isEqualTo(1);

        mvc.perform(post(submission("uuid:first", "door.jpg", "Другая школа", null))).andExpect(status().isConflict())
                .andExpect(xpath("/or:OpenRosaResponse/or:message", OR).exists());
        assertThat(submissions()).isEqualTo(1);
        assertThat(world.fixtures.count("select count(*) from stored_file where purpose = 'collect-attachment' and organisation_id = "
                + world.cso.id())).as("the copies a resend or a conflict brought are not kept").isEqualTo(1);
    }

    @Test
    void aSubmissionItsPhotoAndTheirAuditEntriesAreStoredTogether() throws Exception {
        mvc.perform(post(submission("uuid:audited", "door.jpg", "Школа №3", null), photo("door.jpg", JPEG))).andExpect(status().isCreated());
        long id = count("select s.id from collect_submission s where instance_id = 'uuid:audited'");
        assertThat(world.fixtures.count("""
                select count(*) from audit_event where entity_type = 'collect_submission' and action = 'CREATE' and entity_id = '%d'
                  and after_state ->> 'id' = '%d' and after_state ->> 'instanceId' = 'uuid:audited' and after_state ->> 'appUserId' is not null
                """.formatted(id, id))).isEqualTo(1);
        assertThat(world.fixtures.count("""
                select count(*) from audit_event e join collect_attachment a on e.entity_id = a.file_id::text
                where a.submission_id = %d and e.entity_type = 'stored_file' and e.action = 'CREATE'
                  and e.after_state ->> 'purpose' = 'collect-attachment'
                """.formatted(id))).isEqualTo(1);
    }

    @Test
    void aNewVersionOfTheFormIsWhatPhonesDownloadAtOnce() throws Exception {
        mvc.perform(post(submission("uuid:before-v2", "", "Школа", null))).andExpect(status().isCreated());
        mvc.perform(get(base + "/forms/school_audit/form.xml")).andExpect(status().isOk());
        assertThat(tx.execute(s -> forms.upload(world.study.id(), "audit.xlsx", XlsFormFixture.schoolAudit("2").bytes(),
                world.researcher)).problems()).isEmpty();

        MvcResult list = mvc.perform(get(base + "/formList")).andExpect(status().isOk())
                .andExpect(xpath("/x:xforms/x:xform/x:version", LIST).string("2")).andReturn();
        byte[] form = mvc.perform(get(base + "/forms/school_audit/form.xml")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat("md5:" + Forms.md5(form)).isEqualTo(xpathText(list, "/x:xforms/x:xform/x:hash"));
        mvc.perform(post(submission("uuid:after-v2", "", "Школа", null).replace("version=\"1\"", "version=\"2\"")))
                .andExpect(status().isCreated());
        assertThat(count("select count(*) from collect_submission s where instance_id = 'uuid:after-v2' and form_version = '2'"))
                .isEqualTo(1);
    }

    @Test
    void aSplitUploadCompletesTheMissingAttachment() throws Exception {
        String xml = submission("uuid:split", "ramp.jpg", "Школа №2", null);
        mvc.perform(post(xml)).andExpect(status().isCreated());
        assertThat(count("select count(*) from collect_attachment a join collect_submission s on s.id = a.submission_id"
                + " where name = 'ramp.jpg' and file_id is null"))
                .isEqualTo(1);
        mvc.perform(post(xml, photo("ramp.jpg", JPEG))).andExpect(status().isAccepted());
        assertThat(count("select count(*) from collect_attachment a join collect_submission s on s.id = a.submission_id"
                + " where name = 'ramp.jpg' and file_id is not null"))
                .isEqualTo(1);
        assertThat(submissions()).isEqualTo(1);
    }

    @Test
    void anEditSupersedesTheLatestVersionAndAnOutOfDateEditIsAConflict() throws Exception {
        mvc.perform(post(submission("uuid:v1", "", "Школа", null))).andExpect(status().isCreated());
        mvc.perform(post(submission("uuid:v2", "", "Школа (исправлено)", "uuid:v1"))).andExpect(status().isCreated());
        mvc.perform(post(submission("uuid:v2", "", "Школа (исправлено)", "uuid:v1"))).andExpect(status().isAccepted());
        mvc.perform(post(submission("uuid:v2b", "", "Школа (другая правка)", "uuid:v1"))).andExpect(status().isConflict());
        assertThat(count("select count(*) from collect_submission s where current")).isEqualTo(1);
        assertThat(count("select count(*) from collect_submission s where root_instance_id = 'uuid:v1'")).isEqualTo(2);
    }

    @Test
    void refusesBrokenAndHostileSubmissionsWithOpenRosaMessages() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE data [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <data id="school_audit" version="1"><school>&xxe;</school><meta><instanceID>uuid:x</instanceID></meta></data>
                """;
        mvc.perform(post(xxe)).andExpect(status().isBadRequest()).andExpect(xpath("/or:OpenRosaResponse/or:message", OR).exists());
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE data [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
                <data id="school_audit" version="1"><school>&c;</school><meta><instanceID>uuid:y</instanceID></meta></data>
                """;
        mvc.perform(post(laughs)).andExpect(status().isBadRequest());
        mvc.perform(post("<data id=\"school_audit\" version=\"1\"><school>x</school>")).andExpect(status().isBadRequest());
        mvc.perform(post("<data id=\"school_audit\" version=\"1\"><school>x</school><meta/></data>")).andExpect(status().isBadRequest())
                .andExpect(xpath("/or:OpenRosaResponse/or:message", OR).exists());
        mvc.perform(postParts(submission("uuid:big", "big.jpg", "x", null), photo("big.jpg", new byte[10 * 1024 * 1024 + 1])))
                .andExpect(status().isPayloadTooLarge()).andExpect(xpath("/or:OpenRosaResponse/or:message", OR).exists());
        mvc.perform(post(submission("uuid:old", "", "x", null).replace("version=\"1\"", "version=\"0\""))).andExpect(status().isConflict());
        mvc.perform(multipart(base + "/submission")).andExpect(status().isBadRequest());
        assertThat(submissions()).isZero();
    }

    @Test
    void partsParsedByTheServletContainerFollowTheSameRules() throws Exception {
        String xml = submission("uuid:parts", "gate.jpg", "Школа №3", null);
        mvc.perform(postParts(xml)).andExpect(status().isCreated());
        mvc.perform(postParts(xml, photo("gate.jpg", JPEG))).andExpect(status().isAccepted());
        mvc.perform(postParts(xml, photo("gate.jpg", JPEG))).andExpect(status().isAccepted());
        mvc.perform(postParts(submission("uuid:parts", "gate.jpg", "Другая школа", null))).andExpect(status().isConflict());
        assertThat(submissions()).isEqualTo(1);
        assertThat(count("select count(*) from collect_attachment a join collect_submission s on s.id = a.submission_id"
                + " where name = 'gate.jpg' and file_id is not null")).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotMultipartWithItsBoundaryIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(base + "/submission").contentType("multipart/form-data; boundary=nowhere")
                .content(submission("uuid:raw", "", "x", null))).andExpect(status().isBadRequest())
                .andExpect(xpath("/or:OpenRosaResponse/or:message", OR).exists());
        String xml = submission("uuid:nofile", "", "x", null);
        mvc.perform(MockMvcRequestBuilders.post(base + "/submission").contentType("multipart/form-data; boundary=b")
                .content("--b\r\nContent-Disposition: form-data; name=\"xml_submission_file\"\r\n\r\n" + xml + "\r\n--b--\r\n"))
                .andExpect(status().isBadRequest());
        assertThat(submissions()).isZero();
    }

    @Test
    void anUnknownOrRevokedTokenOpensNothing() throws Exception {
        mvc.perform(get("/collect/key/not-a-real-token-at-all-0123456789abcdef/formList")).andExpect(status().isNotFound());
        mvc.perform(post(submission("uuid:before-revoked", "", "x", null))).andExpect(status().isCreated());
        AppUser phone = appUsers.byToken(base.substring("/collect/key/".length())).orElseThrow();
        tx.executeWithoutResult(s -> appUsers.revoke(phone.id(), phone.version()));
        mvc.perform(get(base + "/formList")).andExpect(status().isNotFound());
        mvc.perform(post(submission("uuid:z", "", "x", null))).andExpect(status().isNotFound());
    }

    static String xpathText(MvcResult result, String expression) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        var xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new org.springframework.util.xml.SimpleNamespaceContext() {
            {
                bindNamespaceUri("x", LIST.get("x"));
            }
        });
        return xpath.evaluate(expression, document);
    }
}
