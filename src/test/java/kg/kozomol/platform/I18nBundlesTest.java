package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Fails on a key missing from any language, and on text written straight into a template. */
class I18nBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> LANGUAGES = List.of("ru", "ky", "en");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");

    @Test
    void everyFeatureBundleHasTheSameKeysInRussianKyrgyzAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> features = Files.list(I18N)) {
            for (Path feature : features.filter(Files::isDirectory).toList()) {
                Set<String> russian = keys(feature.resolve("messages_ru.properties"));
                assertThat(russian).as("bundle %s", feature).isNotEmpty();
                for (String language : LANGUAGES) {
                    Set<String> other = keys(feature.resolve("messages_" + language + ".properties"));
                    Set<String> missing = new TreeSet<>(russian);
                    missing.removeAll(other);
                    Set<String> extra = new TreeSet<>(other);
                    extra.removeAll(russian);
                    missing.forEach(k -> problems.add(feature.getFileName() + "/" + language + " lacks " + k));
                    extra.forEach(k -> problems.add(feature.getFileName() + "/" + language + " has unknown " + k));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noValueIsBlankInAnyLanguage() throws IOException {
        List<String> blanks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(I18N)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties properties = load(file);
                properties.forEach((k, v) -> {
                    if (v.toString().isBlank()) {
                        blanks.add(file + ": " + k);
                    }
                });
            }
        }
        assertThat(blanks).isEmpty();
    }

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : document.getAllElements()) {
                    literals.addAll(literalTextIn(file, element));
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<String> literalTextIn(Path file, Element element) {
        List<String> found = new ArrayList<>();
        boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                || element.hasAttr("th:insert") || element.hasAttr("th:errors") || element.hasAttr("lang");
        if (!replaced && LETTERS.matcher(element.ownText()).find() && !insideReplaced(element)) {
            found.add(file + ": <" + element.tagName() + "> " + element.ownText());
        }
        for (String attribute : List.of("placeholder", "title", "alt", "aria-label", "value")) {
            String value = element.attr(attribute);
            boolean literal = LETTERS.matcher(value).find() && !element.hasAttr("th:" + attribute)
                    && !(attribute.equals("value") && !element.tagName().equals("button") && !"submit".equals(element.attr("type")));
            if (literal && !element.hasAttr("lang") && !insideReplaced(element)) {
                found.add(file + ": " + attribute + "=\"" + value + "\"");
            }
        }
        return found;
    }

    /** Text inside an element that Thymeleaf replaces wholesale is only a preview for designers. */
    private static boolean insideReplaced(Element element) {
        for (Element parent : element.parents()) {
            // A page's <html th:replace="~{layout :: page(...)}"> hands its own content to the layout.
            if (parent.tagName().equals("html")) {
                continue;
            }
            if (parent.hasAttr("th:replace") || parent.hasAttr("th:text") || parent.hasAttr("th:utext")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(Path file) throws IOException {
        assertThat(file).exists();
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
