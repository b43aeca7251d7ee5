package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolServerTest;

/** Session and CSRF behaviour seen by a plain HTTP client against the running server. */
@KozomolServerTest
class RealHttpIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    @Test
    void anonymousPagesDoNotOpenADatabaseSession() throws Exception {
        Browserless client = new Browserless(port);
        for (String path : new String[] {"/", "/login", "/password/forgot"}) {
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(client.cookie("KOZOMOL-CSRF")).isPresent();
        assertThat(client.cookie("KOZOMOL-CSRF").get().isHttpOnly()).isTrue();
    }

    @Test
    void loginGivesANewSessionIdAgainstFixation() throws Exception {
        UserAccount user = new Fixtures(context).user(Role.RESEARCHER);
        Browserless client = new Browserless(port);
        assertThat(client.get("/dashboard").statusCode()).isEqualTo(302);
        String before = client.cookie("SESSION").orElseThrow().getValue();

        String token = csrfToken(client.get("/login").body());
        HttpResponse<String> login = client.post("/login", "email=" + enc(user.email()) + "&password=" + enc(Fixtures.PASSWORD)
                + "&_csrf=" + enc(token));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/dashboard");
        String after = client.cookie("SESSION").orElseThrow().getValue();
        assertThat(after).isNotEqualTo(before);
        assertThat(client.get("/dashboard").statusCode()).isEqualTo(200);

        Browserless attacker = new Browserless(port);
        attacker.setCookie("SESSION", before);
        assertThat(attacker.get("/dashboard").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormWithoutItsCsrfTokenGetsTheLocalisedAccessDeniedPage() throws Exception {
        Browserless client = new Browserless(port);
        client.get("/login");
        HttpResponse<String> response = client.post("/login", "email=a%40b.kg&password=whatever-pass");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Нет доступа").doesNotContain("Exception").doesNotContain("at org.");
    }

    private static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A cookie-keeping HTTP client that does not follow redirects. */
    static final class Browserless {
        private final int port;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;

        Browserless(int port) {
            this.port = port;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        Optional<HttpCookie> cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
        }

        void setCookie(String name, String value) {
            HttpCookie cookie = new HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(uri("/"), cookie);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
