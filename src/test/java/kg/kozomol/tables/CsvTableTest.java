package kg.kozomol.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file's character set is told from its bytes (UTF-8 with or without a byte-order mark, else Windows-1251), on
 * the first pass over it only when it is read through more than once.
 */
class CsvTableTest {

    static final String HEADER = "школа;ширина\r\n";

    @TempDir Path dir;

    @Test
    void utf8WithAndWithoutAByteOrderMarkAndWindows1251AreEachReadAsTheirText() throws IOException {
        String text = HEADER + "Мектеп «Айчүрөк»;90\r\n";
        assertThat(cells(file("plain.csv", text.getBytes(StandardCharsets.UTF_8)))).containsExactly(
                List.of("школа", "ширина"), List.of("Мектеп «Айчүрөк»", "90"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(cells(file("bom.csv", concat(bom, text.getBytes(StandardCharsets.UTF_8))))).containsExactly(
                List.of("школа", "ширина"), List.of("Мектеп «Айчүрөк»", "90"));
        String russian = HEADER + "Школа № 5, Каракол;70\r\n";
        assertThat(cells(file("cp1251.csv", russian.getBytes(CsvTable.WINDOWS_1251)))).containsExactly(
                List.of("школа", "ширина"), List.of("Школа № 5, Каракол", "70"));
    }

    @Test
    void oneByteThatIsNotUtf8FarIntoTheFileMakesItWindows1251() throws IOException {
        // Far past the first read buffer, and Cyrillic on either side of its boundaries.
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; rows.length() < 300_000; i++) {
            rows.append("Школа ").append(i).append(";").append(i % 90).append("\r\n");
        }
        byte[] utf8 = rows.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(CsvTable.Encoding.of(file("long.csv", utf8))).isEqualTo(new CsvTable.Encoding(StandardCharsets.UTF_8, false));
        byte[] spoilt = concat(utf8, "Мектеп;1\r\n".getBytes(CsvTable.WINDOWS_1251));
        assertThat(CsvTable.Encoding.of(file("spoilt.csv", spoilt))).isEqualTo(new CsvTable.Encoding(CsvTable.WINDOWS_1251, false));
        // A character cut short at the very end is not UTF-8 either.
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        cut[utf8.length] = (byte) 0xD0;
        assertThat(CsvTable.Encoding.of(file("cut.csv", cut)).charset()).isEqualTo(CsvTable.WINDOWS_1251);
    }

    @Test
    void aSourceReadTwiceTellsTheCharacterSetOnceAndGivesTheSameRows() throws IOException {
        Path file = file("twice.csv", (HEADER + "Школа № 5;70\r\n").getBytes(CsvTable.WINDOWS_1251));
        TableFiles.Source source = TableFiles.source(file, "text/csv");
        List<List<String>> first = cells(source);
        // Were it told again, the file now reads as UTF-8; the passes of one source read it alike.
        Files.write(file, (HEADER + "Школа № 6;71\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(first).containsExactly(List.of("школа", "ширина"), List.of("Школа № 5", "70"));
        assertThat(cells(source).get(1)).isNotEqualTo(List.of("Школа № 6", "71"));
        assertThat(cells(TableFiles.source(file, "text/csv")).get(1)).isEqualTo(List.of("Школа № 6", "71"));
    }

    private List<List<String>> cells(Path file) throws IOException {
        return cells(visitor -> TableFiles.stream(file, "text/csv", visitor));
    }

    private static List<List<String>> cells(TableFiles.Source source) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        source.stream(new TableVisitor() {
            @Override
            public boolean sheet(String name, List<String> header) {
                cells.add(header);
                return true;
            }

            @Override
            public void row(RawTable.Row row) {
                cells.add(row.cells());
            }
        });
        return cells;
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}

