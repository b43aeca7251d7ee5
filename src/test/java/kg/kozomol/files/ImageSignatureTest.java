package kg.kozomol.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

/** The signature short cut names each photo format exactly as Tika's full scan does, and leaves everything else to Tika. */
class ImageSignatureTest {

    private final MimeTypes tika = MimeTypes.getDefaultMimeTypes();

    @Test
    void namesPhotosAsTikaDoes() throws Exception {
        for (String format : new String[] {"jpeg", "png", "gif"}) {
            byte[] image = image(format);
            assertThat(ImageSignature.of(image)).as(format).isEqualTo("image/" + format).isEqualTo(tika(image));
        }
        byte[] gif87 = "GIF87a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageSignature.of(gif87)).isEqualTo("image/gif").isEqualTo(tika(gif87));
        byte[] webp = "RIFF\u001a\u0000\u0000\u0000WEBPVP8L\r\u0000\u0000\u0000/\u0000\u0000\u0000\u0010\u0007\u0010\u0011\u0011\u0088\u0088\u00fe\u0007\u0000"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageSignature.of(webp)).isEqualTo("image/webp").isEqualTo(tika(webp));
    }

    @Test
    void leavesEverythingElseToTika() {
        assertThat(ImageSignature.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(ImageSignature.of("<html><body>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(ImageSignature.of("RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(ImageSignature.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
        assertThat(ImageSignature.of(new byte[0])).isNull();
    }

    private String tika(byte[] bytes) throws Exception {
        return tika.detect(new ByteArrayInputStream(bytes), new Metadata()).getBaseType().toString();
    }

    private static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
