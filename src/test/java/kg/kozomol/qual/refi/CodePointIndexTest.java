package kg.kozomol.qual.refi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {

    @Test
    void agreesWithTheJdkOnEveryOffsetAroundSurrogatePairs() {
        for (String text : java.util.List.of("", "Боюсь", "😀", "а😀б👶в", "Р1: 😀😀 дальше")) {
            CodePointIndex index = CodePointIndex.of(text);
            int length = text.codePointCount(0, text.length());
            for (int cp = 0; cp <= length; cp++) {
                assertThat(index.charOffset(cp)).as(text + " @" + cp).isEqualTo(text.offsetByCodePoints(0, cp));
                assertThat(index.codePoint(index.charOffset(cp))).as(text + " @" + cp).isEqualTo(cp);
            }
        }
    }
}
