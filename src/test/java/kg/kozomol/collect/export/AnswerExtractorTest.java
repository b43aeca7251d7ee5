package kg.kozomol.collect.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import kg.kozomol.collect.review.AnswerNode;
import kg.kozomol.collect.review.AnswerTrees;
import kg.kozomol.collect.review.StoredAnswers;

/**
 * The streamed answers are exactly what the answer tree gives for the same paths, on awkward XML too, whether streamed
 * from the XML or from the stored answers.
 */
class AnswerExtractorTest {

    static final List<List<String>> PATHS = List.of(List.of("school"), List.of("doors", "width"), List.of("doors", "count"),
            List.of("barriers"), List.of("note"), List.of("missing"), List.of("group"), List.of("meta", "instanceID"),
            List.of("twice"), List.of("doors", "twice"));

    /** From the XML, after checking that the stored answers give the same. */
    static String[] streamed(String xml) {
        AnswerPaths paths = new AnswerPaths();
        PATHS.forEach(paths::slot);
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        String[] values = new AnswerExtractor(paths).read(bytes);
        assertThat(new AnswerExtractor(paths).readStored(StoredAnswers.encode(bytes))).containsExactly(values);
        return values;
    }

    static String[] fromTree(String xml) {
        AnswerNode root = AnswerTrees.read(xml.getBytes(StandardCharsets.UTF_8)).root();
        return PATHS.stream().map(p -> root.value(p).orElse(null)).toArray(String[]::new);
    }

    @Test
    void readsLeavesInGroupsCyrillicAndAwkwardTextAsTheTreeDoes() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <data id="visit" version="3" xmlns:jr="http://openrosa.org/javarosa">
                  <school>  Школа №1 «Каракол», "старая"  </school>
                  <doors><width>90</width><count/><twice>first</twice><twice>second</twice></doors>
                  <doors><width>70</width></doors>
                  <barriers>steps   narrow</barriers>
                  <note>line one,
                line "two"<!-- a comment -->, and three &amp; &lt;more&gt;<![CDATA[ <raw> ]]></note>
                  <group><inner>not a leaf</inner></group>
                  <twice>one</twice><twice>two</twice>
                  <meta><instanceID>uuid:a</instanceID></meta>
                </data>
                """;
        String[] values = streamed(xml);
        assertThat(values).containsExactly(fromTree(xml));
        assertThat(values).containsExactly("Школа №1 «Каракол», \"старая\"", "90", "", "steps   narrow",
                "line one,\nline \"two\", and three & <more> <raw>", null, null, "uuid:a", "one", "first");
    }

    @Test
    void eachDocumentStartsAfresh() {
        AnswerPaths paths = new AnswerPaths();
        PATHS.forEach(paths::slot);
        AnswerExtractor extractor = new AnswerExtractor(paths);
        extractor.read("<data><school>A</school><twice>x</twice></data>".getBytes(StandardCharsets.UTF_8));
        String[] second = extractor.readStored(StoredAnswers.encode("<data><twice>y</twice></data>".getBytes(StandardCharsets.UTF_8)));
        assertThat(second[paths.slot(List.of("school"))]).isNull();
        assertThat(second[paths.slot(List.of("twice"))]).isEqualTo("y");
        String[] third = extractor.read("<data><twice>z</twice></data>".getBytes(StandardCharsets.UTF_8));
        assertThat(third[paths.slot(List.of("twice"))]).isEqualTo("z");
    }

    @Test
    void deeplyNestedElementsOutsideThePathsAreWalkedPast() {
        String xml = "<data>" + "<x>".repeat(40) + "deep" + "</x>".repeat(40) + "<school>after</school></data>";
        assertThat(streamed(xml)).containsExactly(fromTree(xml));
        assertThat(streamed(xml)[0]).isEqualTo("after");
    }

    @Test
    void pathsAskedForTwiceShareASlot() {
        AnswerPaths paths = new AnswerPaths();
        assertThat(paths.slot(List.of("a", "b"))).isZero();
        assertThat(paths.slot(List.of("c"))).isEqualTo(1);
        assertThat(paths.slot(Arrays.asList("a", "b"))).isZero();
        assertThat(paths.paths()).hasSize(2);
    }

    @Test
    void refusesDtdsAndEntities() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE data [<!ENTITY e \"boom\">]><data><school>&e;</school></data>";
        assertThatThrownBy(() -> streamed(xml)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> streamed("<data><school>open</data>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredAnswers.encode(xml.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
    }
}
