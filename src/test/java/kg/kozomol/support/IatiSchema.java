package kg.kozomol.support;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/**
 * The official IATI 2.03 activity schema, when a local copy is at hand on this machine (it may not be part of the
 * repository): it has the last word on an export the tests have already checked element by element.
 */
public final class IatiSchema {

    static final Path SCHEMA = Path.of("/work/shared/iati-2.03/iati-activities-schema.xsd");

    private IatiSchema() {}

    /** Throws the schema's own complaint when the document does not validate. */
    public static void validateIfPresent(byte[] xml) throws Exception {
        if (Files.exists(SCHEMA)) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SCHEMA.toFile()).newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
    }
}
