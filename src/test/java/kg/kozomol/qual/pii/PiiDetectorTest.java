package kg.kozomol.qual.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiDetectorTest {

    private final PiiDetector detector = new PiiDetector(List.of("Талас", "Кара-Суу", "Бишкек", "Ош", "школа №5"));

    @Test
    void findsEveryKindInARussianTranscript() throws IOException {
        assertThat(found(fixture("interview-ru.txt"))).containsExactly(
                "PERSON_NAME Айгуль",
                "PLACE Таласа",
                "PLACE Таласской области",
                "PLACE Кара-Суу",
                "PERSON_NAME Петром Сергеевичем",
                "PERSON_NAME Ивановой А. С.",
                "INSTITUTION школе №5",
                "PERSON_NAME Вера Петровна",
                "PERSON_NAME Айгулью",
                "PERSON_NAME Айгулью",
                "PIN 12304199000123",
                "PHONE +996 555 123 456",
                "PHONE 0 312 62-45-78",
                "EMAIL aigul.asanova@mail.kg",
                "PERSON_NAME Азамат Бакыт уулу",
                "PERSON_NAME Жылдыз Асанбекова",
                "PLACE Таласом");
    }

    @Test
    void findsEveryKindInAKyrgyzTranscript() throws IOException {
        assertThat(found(fixture("interview-ky.txt"))).containsExactly(
                "PERSON_NAME Чолпон",
                "PLACE Таласта",
                "PERSON_NAME Нурлан Асанов",
                "PERSON_NAME Айгүлгө",
                "PERSON_NAME Бакытка",
                "PHONE 0555 12 34 56",
                "PERSON_NAME Айжан Токтогул кызы",
                "PLACE Бишкекте",
                "PIN 21507198500456",
                "PLACE Ошто");
    }

    @Test
    void findsRussianNamesInEveryCase() {
        for (String sentence : List.of("Я видела Ивана вчера.", "Мы говорили с Иваном.", "Письмо Ивану.",
                "Об Иване ничего.", "Это сказала Иванова.", "Спросите у Ивановой.", "Мы ходили к Ивановым.",
                "Пришла Наталья Петровна.", "С Натальей Петровной.", "Про Сергея Ивановича.")) {
            assertThat(found(sentence)).as(sentence).singleElement().asString().startsWith("PERSON_NAME ");
        }
    }

    @Test
    void findsKyrgyzNamesWithRussianAndKyrgyzEndings() {
        assertThat(found("Мы говорили с Айгулью и Асель.")).containsExactly("PERSON_NAME Айгулью",
                "PERSON_NAME Асель");
        assertThat(found("Кечээ Нурланга жана Айгүлдүн апасына бардык.")).containsExactly("PERSON_NAME Нурланга",
                "PERSON_NAME Айгүлдүн");
        assertThat(found("Документти Садыр Жапар уулу кол койду.")).containsExactly(
                "PERSON_NAME Садыр Жапар уулу");
        assertThat(found("Ал жерде Бурулай Мамыт кызы иштейт.")).containsExactly(
                "PERSON_NAME Бурулай Мамыт кызы");
    }

    @Test
    void leavesOrdinaryWordsAtTheStartOfASentenceAlone() {
        assertThat(found("Надежда есть. Вера тоже. Роман интересный. Слава богу. Канат порвался.")).isEmpty();
        assertThat(found("Америка далеко. Москва большая. Мама дома.")).isEmpty();
        assertThat(found("Менин атым белгисиз. Биздин үй чоң. Ата-энем үйдө.")).isEmpty();
    }

    @Test
    void findsHyphenatedNamesAndTellsListedPlacesApart() {
        // Джалал and Абад are both first names: only the project list says Джалал-Абад is a place.
        PiiDetector withPlace = new PiiDetector(List.of("Джалал-Абад"));

        assertThat(found(withPlace, "Тогда Петров-Водкин и Анна-Мария уехали в Джалал-Абад.")).containsExactly(
                "PERSON_NAME Петров-Водкин", "PERSON_NAME Анна-Мария", "PLACE Джалал-Абад");
    }

    @Test
    void countsANameThatIsAlsoAWordMidSentence() {
        assertThat(found("Спросите у Максима.")).containsExactly("PERSON_NAME Максима");
        assertThat(found("Мне помогла Надежда из центра.")).containsExactly("PERSON_NAME Надежда");
        assertThat(found("Жылдыз Асанова пришла.")).containsExactly("PERSON_NAME Жылдыз Асанова");
    }

    @Test
    void acceptsOnlyPinsWithAValidBirthDate() {
        assertThat(found("ПИН 20101198012345.")).containsExactly("PIN 20101198012345");
        assertThat(found("ПИН 1 23041990 00123.")).containsExactly("PIN 1 23041990 00123");
        assertThat(found("ПИН 1-23041990-00123.")).containsExactly("PIN 1-23041990-00123");
        assertThat(found("Счёт 12902199900123")).isEmpty(); // 29 February 1999
        assertThat(found("Счёт 10101189912345")).isEmpty(); // 1899
        assertThat(found("Счёт 30101198012345")).isEmpty(); // sex digit 3
        assertThat(found("Счёт 201011980123456")).isEmpty(); // 15 digits
        assertThat(found("Счёт 1 23041990-00123")).isEmpty(); // mixed separators
    }

    @Test
    void findsKyrgyzPhonesInTheUsualSpellings() {
        assertThat(found("Звоните +996 555 123 456 или +996555123456.")).containsExactly(
                "PHONE +996 555 123 456", "PHONE +996555123456");
        assertThat(found("Мобильный 0555 123 456, 0 (555) 12-34-56.")).containsExactly(
                "PHONE 0555 123 456", "PHONE 0 (555) 12-34-56");
        assertThat(found("В 2019 году было 12 человек.")).isEmpty();
    }

    @Test
    void findsEmails() {
        assertThat(found("Пишите: aigul.asanova@mail.kg, Bakyt_1990@gmail.com.")).containsExactly(
                "EMAIL aigul.asanova@mail.kg", "EMAIL Bakyt_1990@gmail.com");
        assertThat(found("собака @ не почта")).isEmpty();
    }

    @Test
    void findsListedPlacesAndInstitutionsInAnyCase() {
        PiiDetector withTerms = new PiiDetector(List.of("Талас", "Иссык-Куль"),
                List.of("ОФ «Аруулук»"));

        assertThat(found(withTerms, "В Таласе и на Иссык-Куле, в Иссык-Кульской области. ТАЛАС.")).containsExactly(
                "PLACE Таласе", "PLACE Иссык-Куле", "PLACE Иссык-Кульской области", "PLACE ТАЛАС");
        assertThat(found(withTerms, "Нам помог ОФ «Аруулук».")).containsExactly("INSTITUTION ОФ «Аруулук");
    }

    @Test
    void prefersAListedPlaceOverANameAndTheLongerOfOverlappingHits() {
        PiiDetector withPlace = new PiiDetector(List.of("Айгуль-Таш", "Таласская область", "Талас"));

        assertThat(found(withPlace, "Я была в Айгуль-Таше, в Таласской области.")).containsExactly(
                "PLACE Айгуль-Таше", "PLACE Таласской области");
    }

    @Test
    void normalisesSoThatDifferentSpellingsShareAKey() {
        String text = "Айгуль сказала, что Айгулью гордятся. Звоните 0555 123 456 или +996 555 123456. "
                + "Петр Сергеевич и Петром Сергеевичем. В Таласе и Таласта.";

        List<String> keys = detector.detect(text).stream().map(hit -> hit.kind() + " " + detector.normalise(hit))
                .toList();

        assertThat(keys).containsExactly("PERSON_NAME айгуль", "PERSON_NAME айгуль", "PHONE +996555123456",
                "PHONE +996555123456", "PERSON_NAME петр сергеевич", "PERSON_NAME петр сергеевич",
                "PLACE талас", "PLACE талас");
    }

    @Test
    void handlesEmptyText() {
        assertThat(detector.detect("")).isEmpty();
    }

    private List<String> found(String text) {
        return found(detector, text);
    }

    private static List<String> found(PiiDetector detector, String text) {
        return detector.detect(text).stream().map(hit -> {
            assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.text());
            return hit.kind() + " " + hit.text();
        }).toList();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PiiDetectorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
