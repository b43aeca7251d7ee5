package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static final String START = String.valueOf(Snippets.START);
    private static final String STOP = String.valueOf(Snippets.STOP);

    @Test
    void marksTheOriginalWordsFoundInTheFoldedText() {
        String original = "Өзгөчө <мектептер> & жаңы";
        String fragment = START + "Озгочо" + STOP + " ‹мектептер› ＆ " + START + "жаны" + STOP;
        assertThat(Snippets.html(fragment, original))
                .isEqualTo("<mark>Өзгөчө</mark> &lt;мектептер&gt; &amp; <mark>жаңы</mark>");
    }

    @Test
    void escapesTheFragmentItselfWhenTheOriginalDoesNotLineUp() {
        assertThat(Snippets.html(START + "a" + STOP + " \"b\"", "something else")).isEqualTo("<mark>a</mark> &quot;b&quot;");
        assertThat(Snippets.html(null, null)).isEmpty();
    }
}
