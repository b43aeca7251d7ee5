package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.support.KozomolServerTest;

/** A phone's upload past the server's multipart limit, through real Tomcat: the phone gets a message it can show. */
@KozomolServerTest
class OpenRosaUploadLimitIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;
    @Autowired AppUsers appUsers;

    @Test
    void anUploadOverTheGlobalLimitGets413WithAnOpenRosaMessage() throws Exception {
        CollectWorld world = new CollectWorld(context);
        tx.execute(s -> forms.upload(world.study.id(), "audit.xlsx", XlsFormFixture.schoolAudit("1").bytes(), world.researcher));
        AppUser phone = tx.execute(s -> appUsers.create(world.study.id(), "Телефон", world.researcher));
        String boundary = "kozomol-limit-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "xml_submission_file", "submission.xml", "text/xml",
                OpenRosaIT.submission("uuid:too-large", "big.jpg", "Школа", null).getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "big.jpg", "big.jpg", "image/jpeg", new byte[26 * 1024 * 1024]);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/collect/key/" + phone.token() + "/submission"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-OpenRosa-Version", "1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("X-OpenRosa-Version")).hasValue("1.0");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        assertThat(response.body()).contains("<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\"><message nature=\"error\">")
                .contains("Отправка больше, чем сервер принимает за один раз").doesNotContain("<html");
        assertThat(world.fixtures.count("select count(*) from collect_submission where instance_id = 'uuid:too-large'")).isZero();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String type, byte[] bytes)
            throws java.io.IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
