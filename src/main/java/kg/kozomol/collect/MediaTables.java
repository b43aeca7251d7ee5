package kg.kozomol.collect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import kg.kozomol.platform.SafeXml;

/**
 * The rows of an attached data file as select_one_from_file and pulldata read them: a CSV's records by its header,
 * the children of each item of an XML file ({@code <root><item><name>…}), the properties (and id) of each GeoJSON
 * feature. A file that cannot be read has no rows; the form page says which files are missing, not which are broken.
 */
final class MediaTables {

    private static final XMLInputFactory XML = SafeXml.inputFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MediaTables() {
    }

    static List<Map<String, String>> read(String fileName, byte[] content) {
        try {
            return switch (ItemsFile.extension(fileName)) {
                case "csv" -> csv(content);
                case "xml" -> xml(content);
                case "geojson" -> geojson(content);
                default -> List.of();
            };
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<Map<String, String>> csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .setIgnoreSurroundingSpaces(true).get();
        for (CSVRecord record : format.parse(new StringReader(text))) {
            Map<String, String> row = new LinkedHashMap<>();
            record.toMap().forEach((column, value) -> {
                if (column != null && !column.isBlank()) {
                    row.put(column.strip(), value == null ? "" : value);
                }
            });
            rows.add(row);
        }
        return rows;
    }

    /** Each element under the root is an item; its child elements are its columns. */
    private static List<Map<String, String>> xml(byte[] content) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(content));
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> item = null;
        String column = null;
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    item = new LinkedHashMap<>();
                } else if (depth == 3) {
                    column = reader.getLocalName();
                    text.setLength(0);
                }
            } else if (event == XMLStreamConstants.CHARACTERS && depth == 3) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 3 && item != null) {
                    item.put(column, text.toString().strip());
                } else if (depth == 2 && item != null) {
                    rows.add(item);
                    item = null;
                }
                depth--;
            }
        }
        reader.close();
        return rows;
    }

    /** A feature's properties, its id when the properties have none, and a point as ODK writes a geopoint. */
    private static List<Map<String, String>> geojson(byte[] content) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode feature : JSON.readTree(content).path("features")) {
            Map<String, String> row = new LinkedHashMap<>();
            if (feature.has("id")) {
                row.put("id", feature.get("id").asString());
            }
            feature.path("properties").properties().forEach(p -> row.put(p.getKey(),
                    p.getValue().isValueNode() ? p.getValue().asString() : p.getValue().toString()));
            JsonNode geometry = feature.path("geometry");
            if ("Point".equals(geometry.path("type").asString()) && geometry.path("coordinates").size() >= 2) {
                JsonNode c = geometry.path("coordinates");
                row.putIfAbsent("geometry", c.get(1).asString() + " " + c.get(0).asString() + " 0 0");
            }
            rows.add(row);
        }
        return rows;
    }

}
