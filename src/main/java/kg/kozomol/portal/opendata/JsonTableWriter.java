package kg.kozomol.portal.opendata;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** {@code {"license": ..., "dataset": ..., "items": [...]}}, each item as the API gives it, written as it comes. */
final class JsonTableWriter<T> implements TableWriter<T> {

    private final JsonGenerator json;

    JsonTableWriter(OutputStream out, JsonMapper mapper, String dataset, String licenseUrl) {
        this.json = mapper.createGenerator(out);
        json.writeStartObject();
        json.writeStringProperty("license", OpenLicence.NAME);
        json.writeStringProperty("licenseUrl", licenseUrl);
        json.writeStringProperty("dataset", dataset);
        json.writeArrayPropertyStart("items");
    }

    @Override
    public void row(T item) {
        json.writePOJO(item);
    }

    @Override
    public void finish() {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
