package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Every route the application exposes, tried as an anonymous visitor and as each role. The expected
 * answers live in {@code authorization-matrix.txt}; a route missing there fails, so each new feature
 * must state who may use its pages.
 */
@KozomolTest
class AuthorizationMatrixIT {

    private static final List<String> COLUMNS = List.of("ANONYMOUS", "RESEARCHER", "FIELD_MONITOR", "CODER",
            "STATE_FOCAL_POINT", "EXPERT", "COORDINATOR", "ADMIN");

    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationContext context;
    private final Map<Role, KozomolPrincipal> principals = new java.util.EnumMap<>(Role.class);
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Route(String method, String pattern) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void everyRouteIsInTheMatrixAndEveryMatrixLineIsARoute() throws IOException {
        Set<Route> exposed = new TreeSet<>(exposedRoutes().keySet());
        Set<Route> listed = new TreeSet<>(matrix().keySet());
        Set<Route> missing = new TreeSet<>(exposed);
        missing.removeAll(listed);
        Set<Route> stale = new TreeSet<>(listed);
        stale.removeAll(exposed);
        assertThat(missing).as("routes missing from authorization-matrix.txt").isEmpty();
        assertThat(stale).as("matrix lines for routes that no longer exist").isEmpty();
    }

    @Test
    void eachRoleIsAllowedOrDeniedAsTheMatrixSays() throws Exception {
        Map<Route, HandlerMethod> routes = exposedRoutes();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Route, String> line : matrix().entrySet()) {
            HandlerMethod handler = routes.get(line.getKey());
            if (handler == null) {
                continue;
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                boolean expectAllowed = line.getValue().charAt(i) == '+';
                MockHttpServletResponse response = call(line.getKey(), handler, COLUMNS.get(i));
                boolean allowed = !denied(response);
                if (allowed != expectAllowed) {
                    wrong.add(line.getKey() + " as " + COLUMNS.get(i) + ": expected " + (expectAllowed ? "allowed" : "denied")
                            + " but got " + response.getStatus() + " " + response.getRedirectedUrl());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse call(Route route, HandlerMethod handler, String as) throws Exception {
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route.method()), sampleUri(route.pattern(), handler));
        if (!route.method().equals("GET")) {
            builder.with(csrf());
        }
        if (!as.equals("ANONYMOUS")) {
            builder.with(TestUsers.as(principal(Role.valueOf(as))));
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    /** A real user per role, so that actions which record who did them have a row to point at. */
    private KozomolPrincipal principal(Role role) {
        return principals.computeIfAbsent(role, r -> {
            var user = new kg.kozomol.support.Fixtures(context).user(r);
            return TestUsers.principal(user.id(), r, 1);
        });
    }

    private static boolean denied(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        boolean toLogin = location != null && (location.endsWith("/login") || location.equals("http://localhost/login"));
        return response.getStatus() == 403 || response.getStatus() == 401 || toLogin;
    }

    /** Fills path variables with values of the right type, so that access, not parsing, decides. */
    private static String sampleUri(String pattern, HandlerMethod handler) {
        String uri = pattern;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null) {
                String name = variable.value().isEmpty() ? variable.name() : variable.value();
                String value = parameter.getParameterType().equals(UUID.class) ? UUID.randomUUID().toString() : "1";
                uri = uri.replace("{" + name + "}", value);
            }
        }
        return uri.replaceAll("\\{[^}]+}", "1");
    }

    private Map<Route, HandlerMethod> exposedRoutes() {
        Map<Route, HandlerMethod> routes = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : names) {
                    routes.put(new Route(method, pattern), entry.getValue());
                }
            }
        }
        return routes;
    }

    private static Map<Route, String> matrix() throws IOException {
        Map<Route, String> lines = new LinkedHashMap<>();
        String text = new ClassPathResource("authorization-matrix.txt").getContentAsString(StandardCharsets.UTF_8);
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            assertThat(parts).as("matrix line '%s'", line).hasSize(2 + COLUMNS.size());
            String flags = String.join("", Arrays.copyOfRange(parts, 2, parts.length));
            assertThat(flags).as("matrix line '%s'", line).matches("[+-]{" + COLUMNS.size() + "}");
            lines.put(new Route(parts[0], parts[1]), flags);
        }
        return lines;
    }
}
