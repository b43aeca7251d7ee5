package kg.kozomol.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password4j.Argon2Password4jPasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.LocaleResolver;
import java.util.List;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Phones (ODK Collect) present an app user's token in the path instead of a login; the collect module checks it. */
    static final String OPEN_ROSA = "/collect/key/**";

    /** Pages anyone may open. Everything else needs a login; finer rules sit on the handlers. */
    static final String[] PUBLIC = {
        "/", "/login", "/password/**", "/account/invitation", "/locale", "/assets/**",
        "/webjars/**", "/favicon.ico", "/error", "/files/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
        "/p/**", "/api/v1/**", "/sitemap.xml", "/robots.txt", OPEN_ROSA
    };

    /**
     * Phones: the token in the path is the credential (the collect module checks it) and every OpenRosa address is open
     * to it, so this chain holds only the response headers. Nothing here reads or creates a session, a CSRF token, a
     * saved request, an anonymous authentication or a login: the default filters doing that for the web chain cost a
     * phone's submission CPU and do nothing for it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain openRosa() {
        HeaderWriterFilter headers = new HeaderWriterFilter(List.of(new XContentTypeOptionsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY), new CacheControlHeadersWriter()));
        // Written before the controller runs: no response wrapper watching every write for the moment of commit.
        headers.setShouldWriteHeadersEagerly(true);
        return new DefaultSecurityFilterChain(PathPatternRequestMatcher.pathPattern(OPEN_ROSA), headers);
    }

    /** No observation of each security filter: tracing is not set up, and wrapping every filter costs every request. */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, LocaleResolver localeResolver) throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC).permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .successHandler(new LoginSuccessHandler(localeResolver))
                .failureHandler(new LoginFailureHandler())
                .permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
            // The CSRF token lives in a cookie, so anonymous pages (every page has the language form) do not
            // each create a database session.
            .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
            .requestCache(cache -> cache.requestCache(requestCache))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(self), geolocation=(self), microphone=(), payment=(), usb=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")))
            .addFilterBefore(new CspNonceFilter(), org.springframework.security.web.header.HeaderWriterFilter.class);
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName("KOZOMOL-CSRF");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        return repository;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt stays readable for hashes imported from elsewhere.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new Argon2Password4jPasswordEncoder(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
