package kg.kozomol.qual.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The published REFI-QDA project schema, when a copy is at hand on this machine (it may not be copied into the
 * repository): {@code -DKOZOMOL_REFI_XSD=...} or the environment variable of that name, else the shared copy.
 */
public final class RefiSchema {

    private static final String SETTING = "KOZOMOL_REFI_XSD";
    private static final Path SHARED = Path.of("/work/shared/refi-qda-1.5/Project-mrt2019.xsd");

    private RefiSchema() {
    }

    public static Path location() {
        String configured = System.getProperty(SETTING, System.getenv(SETTING));
        return configured == null || configured.isBlank() ? SHARED : Path.of(configured);
    }

    public static boolean available() {
        return Files.isRegularFile(location());
    }

    /** Validates the {@code project.qde} of a .qdpx; returns whether a schema was there to do it. */
    public static boolean validateQdpx(byte[] qdpx) throws IOException, SAXException {
        if (!available()) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(qdpx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(RefiWriter.PROJECT_ENTRY)) {
                    validateProjectXml(zip.readAllBytes());
                    return true;
                }
            }
        }
        throw new AssertionError("no " + RefiWriter.PROJECT_ENTRY + " in the archive");
    }

    public static void validateProjectXml(byte[] xml) throws IOException, SAXException {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(location().toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
