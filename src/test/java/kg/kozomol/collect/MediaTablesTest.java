package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attached data files read as rows, as select_one_from_file and pulldata see them. */
class MediaTablesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCsvXmlAndGeojsonRows() {
        assertThat(MediaTables.read("towns.csv", utf8("\uFEFFname,label,region\nkarakol,\"Каракол, город\",issyk_kul\n")))
                .containsExactly(Map.of("name", "karakol", "label", "Каракол, город", "region", "issyk_kul"));
        assertThat(MediaTables.read("sites.xml", utf8("<root><item><code>s1</code><title>Школа №1</title></item>"
                + "<item><code>s2</code><title>ФАП</title></item></root>")))
                .containsExactly(Map.of("code", "s1", "title", "Школа №1"), Map.of("code", "s2", "title", "ФАП"));
        assertThat(MediaTables.read("areas.geojson", utf8("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "a1",
                 "geometry": {"type": "Point", "coordinates": [74.59, 42.87]}, "properties": {"title": "Участок 1", "size": 3}}]}
                """))).containsExactly(Map.of("id", "a1", "title", "Участок 1", "size", "3", "geometry", "42.87 74.59 0 0"));
    }

    @Test
    void aFileThatCannotBeReadHasNoRows() {
        assertThat(MediaTables.read("sites.xml", utf8("<!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><root><item>"
                + "<code>&x;</code></item></root>"))).allSatisfy(row -> assertThat(row.values()).noneMatch(v -> v.contains("root:")));
        assertThat(MediaTables.read("areas.geojson", utf8("not json"))).isEmpty();
        assertThat(MediaTables.read("logo.png", new byte[] {1, 2})).isEmpty();
    }
}
