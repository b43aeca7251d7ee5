package kg.kozomol.collect.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Whatever mix of characters, strings and arrays, short or longer than the buffer, comes out whole and in order. */
class UnlockedBufferedWriterTest {

    @Test
    void writesEverythingInOrder() throws Exception {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (UnlockedBufferedWriter writer = new UnlockedBufferedWriter(target, 8)) {
            for (int i = 0; i < 50; i++) {
                writer.write('я');
                String text = "ответ " + i + (i % 7 == 0 ? " и ещё длиннее буфера" : "");
                writer.write(text);
                writer.write(text.toCharArray(), 1, text.length() - 1);
                expected.append('я').append(text).append(text, 1, text.length());
            }
            writer.flush();
            assertThat(target.toString()).isEqualTo(expected.toString());
            writer.write("хвост");
        }
        assertThat(target.toString()).isEqualTo(expected + "хвост");
    }
}
