package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void transliteratesRussianAndKyrgyzAndDropsEverythingElse() {
        assertThat(Slugs.of("Алименты: кто платит? (синтетические данные)")).isEqualTo("alimenty-kto-platit-sinteticheskie-dannye");
        assertThat(Slugs.of("Өзгөчө мектептер, жаңы пандустар")).isEqualTo("ozgocho-mektepter-zhangy-pandustar");
        assertThat(Slugs.of("Щётка, йод и съезд — «Ёлка»")).isEqualTo("shchetka-iod-i-sezd-elka");
        assertThat(Slugs.of("R12-2026-003 Café <script>")).isEqualTo("r12-2026-003-cafe-script");
        assertThat(Slugs.of("  ——  ")).isEmpty();
        assertThat(Slugs.of(null)).isEmpty();
    }

    @Test
    void cutsLongSlugsAtAWordEnd() {
        String slug = Slugs.of("Доступность зданий школ и больниц для людей с инвалидностью в городе Каракол и Таласской области");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-")
                .isEqualTo("dostupnost-zdanii-shkol-i-bolnits-dlia-liudei-s");
    }

    @Test
    void readsTheIdAtTheStartOfAnAddressPart() {
        assertThat(Slugs.idOf("12-alimenty")).isEqualTo(12);
        assertThat(Slugs.idOf("12")).isEqualTo(12);
        assertThat(Slugs.idOf("12abc")).isEqualTo(-1);
        assertThat(Slugs.idOf("abc")).isEqualTo(-1);
        assertThat(Slugs.idOf("-12")).isEqualTo(-1);
        assertThat(Slugs.idOf("١٢")).isEqualTo(-1);
        assertThat(Slugs.idOf("99999999999999999999")).isEqualTo(-1);
        assertThat(Slugs.key(7, "Тема")).isEqualTo("7-tema");
        assertThat(Slugs.key(7, "")).isEqualTo("7");
    }
}
