package kg.kozomol.portal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The formats every public list is offered in. */
enum TableFormat {

    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("application/json");

    private final String mediaType;

    TableFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TableFormat> of(String extension) {
        for (TableFormat format : values()) {
            if (format.extension().equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    <T> TableWriter<T> writer(OutputStream out, String dataset, List<Column<T>> columns, List<String> headers, Locale locale,
            JsonMapper mapper) throws IOException {
        return switch (this) {
            case CSV -> new CsvTableWriter<>(out, columns, headers, locale);
            case XLSX -> new XlsxTableWriter<>(out, dataset, columns, headers, locale);
            case JSON -> new JsonTableWriter<>(out, mapper, dataset, OpenLicence.URL);
        };
    }
}
