package kg.kozomol.collect.openrosa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartBodyTest {

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<MultipartBody.Part> parse(String body, String boundary) throws MultipartBody.MalformedException {
        return MultipartBody.parse(bytes(body), "multipart/form-data; boundary=" + boundary);
    }

    @Test
    void readsOnlyMultipartFormDataWithABoundary() {
        assertThat(MultipartBody.readable("multipart/form-data; boundary=abc123")).isTrue();
        assertThat(MultipartBody.readable("Multipart/Form-Data;charset=utf-8; boundary=\"a b;c\"")).isTrue();
        assertThat(MultipartBody.readable("multipart/form-data")).isFalse();
        assertThat(MultipartBody.readable("application/x-www-form-urlencoded; boundary=x")).isFalse();
        assertThat(MultipartBody.readable(null)).isFalse();
    }

    @Test
    void findsEachPartWithItsNamesAndExactBytesWhereverBoundaryLikeBytesOccur() throws Exception {
        String body = "preamble\r\n--b0\r\n"
                + "Content-Disposition: form-data; name=\"xml_submission_file\"; filename=\"отчёт.xml\"\r\nContent-Type: text/xml\r\n\r\n"
                + "<data>ответ --b0 not a boundary\r\n--b no boundary either</data>\r\n"
                + "--b0\r\ncontent-disposition: form-data; filename=\"door.jpg\"; name=photo\r\n\r\n"
                + "\r\n\r\nbinary\r\n"
                + "--b0\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\ntext field\r\n"
                + "--b0--\r\nepilogue";
        List<MultipartBody.Part> parts = parse(body, "b0");
        assertThat(parts).extracting(MultipartBody.Part::name).containsExactly("xml_submission_file", "photo", "note");
        assertThat(parts).extracting(MultipartBody.Part::fileName).containsExactly("отчёт.xml", "door.jpg", null);
        assertThat(new String(parts.get(0).content(), StandardCharsets.UTF_8))
                .isEqualTo("<data>ответ --b0 not a boundary\r\n--b no boundary either</data>");
        assertThat(parts.get(1).getInputStream().readAllBytes()).isEqualTo(bytes("\r\n\r\nbinary"));
        assertThat(parts.get(1).length()).isEqualTo(10);
    }

    @Test
    void anEmptyPartAndABodyStartingWithItsFirstBoundaryAreRead() throws Exception {
        List<MultipartBody.Part> parts = parse("--x\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.txt\"\r\n\r\n\r\n--x--", "x");
        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.name()).isEqualTo("a");
            assertThat(part.length()).isZero();
        });
    }

    @Test
    void aBodyWithoutItsBoundaryHasNoPartsAndATruncatedOneIsRefused() throws Exception {
        assertThat(parse("<data/>", "x")).isEmpty();
        assertThatThrownBy(() -> parse("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnever ends", "x"))
                .isInstanceOf(MultipartBody.MalformedException.class);
        assertThatThrownBy(() -> parse("--x\r\nContent-Disposition: form-data; name=\"a\"", "x"))
                .isInstanceOf(MultipartBody.MalformedException.class);
    }
}
