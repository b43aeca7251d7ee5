package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem the engine can report has its message in Russian, Kyrgyz and English. */
class ProblemMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ky", "en"})
    void everyProblemHasAMessage(String language) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/i18n/stats/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        for (Problem problem : Problem.values()) {
            assertThat(messages.getProperty(problem.key())).as("%s in %s", problem, language).isNotBlank();
        }
    }
}
