package kg.kozomol.collect.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import kg.kozomol.collect.openrosa.SubmissionReader;

/** Stored answers give back the tree the XML gives, on awkward XML too, and let a walk skip what it does not need. */
class StoredAnswersTest {

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <data id="visit" version="3" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
              <school>  Школа №1 «Каракол», "старая"
            второй корпус; ещё  </school>
              <doors><width>90</width><count/><twice>first</twice><twice>second</twice></doors>
              <doors><width>70</width></doors>
              <barriers>steps   narrow</barriers>
              <note>a<!-- a comment -->b &amp; &lt;c&gt;<![CDATA[ <raw> ]]></note>
              <mixed>text before<inner>inside</inner>text after</mixed>
              <rooms><room>Кабинет 1</room><seats><kind>desk</kind></seats><seats><kind>chair</kind></seats></rooms>
              <rooms><room>Кабинет 2</room><seats/></rooms>
              <empty></empty>
              <blank>   </blank>
              <orx:meta><orx:instanceID>uuid:a</orx:instanceID><deprecatedID>uuid:0</deprecatedID></orx:meta>
            </data>
            """;

    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theTreeIsTheOneTheXmlGives() {
        AnswerNode stored = StoredAnswers.tree(StoredAnswers.encode(bytes(XML)));
        assertThat(stored).isEqualTo(AnswerTrees.read(bytes(XML)).root());
        assertThat(stored.all("rooms")).hasSize(2);
        assertThat(stored.value(List.of("school"))).contains("Школа №1 «Каракол», \"старая\"\nвторой корпус; ещё");
        assertThat(stored.value(List.of("blank"))).contains("");
        assertThat(stored.value(List.of("mixed"))).isEmpty();
    }

    @Test
    void thePhonesReaderMakesTheSameStoredAnswersInItsOnePass() {
        for (String xml : List.of(XML, XML.replace("\n", "\r\n"))) {
            SubmissionReader.Read read = SubmissionReader.readWithAnswers(bytes(xml));
            assertThat(read.answers()).isEqualTo(StoredAnswers.encode(bytes(xml)));
            assertThat(read.parsed()).isEqualTo(SubmissionReader.read(bytes(xml)));
            assertThat(read.parsed().instanceId()).isEqualTo("uuid:a");
        }
    }

    @Test
    void deepAndWideDocumentsAndLongTextsComeBack() {
        StringBuilder xml = new StringBuilder("<data>");
        xml.append("<x>".repeat(70)).append("deep").append("</x>".repeat(70));
        for (int i = 0; i < 400; i++) {
            xml.append("<q").append(i).append(">ответ ").append(i).append("</q").append(i).append(">");
        }
        xml.append("<long>").append("ы".repeat(100_000)).append("</long></data>");
        AnswerNode stored = StoredAnswers.tree(StoredAnswers.encode(bytes(xml.toString())));
        assertThat(stored).isEqualTo(AnswerTrees.read(bytes(xml.toString())).root());
        assertThat(stored.value(List.of("q399"))).contains("ответ 399");
    }

    @Test
    void aSkippedElementIsPassedOverWholeAndItsNamesStillCount() {
        List<String> seen = new ArrayList<>();
        // "school" is first named inside the skipped group, then met again by number outside it.
        StoredAnswers.walk(StoredAnswers.encode(bytes("<data><skip><school>no</school><g><x>no</x></g></skip><school>yes</school></data>")),
                new StoredAnswers.Visitor() {
                    @Override
                    public boolean start(String name) {
                        seen.add("<" + name);
                        return !name.equals("skip");
                    }

                    @Override
                    public void leaf(String value) {
                        seen.add(value);
                    }

                    @Override
                    public void end() {
                        seen.add(">");
                    }
                });
        assertThat(seen).containsExactly("<data", "<skip", "<school", "yes", ">");
    }

    @Test
    void namesKeptFromEarlierWalksAreUsedOnlyWhereTheyStillMatch() {
        StoredAnswers.Names names = new StoredAnswers.Names();
        assertThat(names(StoredAnswers.encode(bytes("<data><school>1</school><ramp>2</ramp></data>")), names))
                .containsExactly("data", "school", "ramp");
        assertThat(names(StoredAnswers.encode(bytes("<data><school>1</school><рампа>2</рампа><x>3</x></data>")), names))
                .containsExactly("data", "school", "рампа", "x");
        assertThat(names(StoredAnswers.encode(bytes("<d><scho>1</scho></d>")), names)).containsExactly("d", "scho");
    }

    static List<String> names(byte[] stored, StoredAnswers.Names names) {
        List<String> seen = new ArrayList<>();
        StoredAnswers.walk(stored, new StoredAnswers.Visitor() {
            @Override
            public boolean start(String name) {
                seen.add(name);
                return true;
            }

            @Override
            public void leaf(String value) {
            }

            @Override
            public void end() {
            }
        }, names);
        return seen;
    }

    @Test
    void refusesDtdsAndUnknownVersions() {
        assertThatThrownBy(() -> StoredAnswers.encode(bytes("<?xml version=\"1.0\"?><!DOCTYPE data [<!ENTITY e \"boom\">]><data>&e;</data>")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredAnswers.tree(new byte[] {9, 2, 1, 'd', 1, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredAnswers.tree(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
