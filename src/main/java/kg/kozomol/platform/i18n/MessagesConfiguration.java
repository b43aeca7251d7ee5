package kg.kozomol.platform.i18n;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import kg.kozomol.platform.SupportedLocales;

/**
 * Each feature keeps its texts in {@code i18n/<feature>/messages_<lang>.properties}; this finds them all,
 * so a new feature adds its bundle without touching shared configuration.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String PATTERN = "classpath*:i18n/*/messages_ru.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new UnsharedFormats();
        source.setBasenames(featureBasenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(SupportedLocales.RUSSIAN);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    @Bean
    LocalValidatorFactoryBean validator(MessageSource messageSource) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messageSource);
        return validator;
    }

    /**
     * Spring formats a message with arguments while holding the lock of its one cached MessageFormat; under load every
     * request rendering the same message queues on that lock. Each use gets its own copy instead.
     */
    static final class UnsharedFormats extends ReloadableResourceBundleMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : (MessageFormat) shared.clone();
        }
    }

    static Set<String> featureBasenames() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PATTERN);
        Set<String> basenames = new LinkedHashSet<>();
        Arrays.stream(resources).map(MessagesConfiguration::basename).sorted().forEach(basenames::add);
        return basenames;
    }

    private static String basename(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("/i18n/");
            String feature = url.substring(at + "/i18n/".length(), url.lastIndexOf('/'));
            return "classpath:i18n/" + feature + "/messages";
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable message bundle " + resource, e);
        }
    }
}
