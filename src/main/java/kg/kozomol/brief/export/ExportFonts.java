package kg.kozomol.brief.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The one typeface of the exports, DejaVu Sans, shipped with the application: it covers all of Cyrillic,
 * Kyrgyz ө ү ң included, so a PDF reads the same on any machine. Read once and kept in memory.
 */
@Component
class ExportFonts {

    static final String FAMILY = "DejaVu Sans";

    private record Face(byte[] bytes, int weight, FontStyle style) {}

    private final List<Face> faces = List.of(face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL), face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    /** Offers every face to the renderer, which embeds a subset of each one it uses. */
    void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true);
        }
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return new Face(in.readAllBytes(), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + file + " is missing from the application", e);
        }
    }
}
