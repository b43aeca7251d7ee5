package kg.kozomol.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.tracker.ImportFiles;

/** Streaming reads every sheet in order, skips the ones the visitor declines, and lets the visitor's errors through. */
class TableFilesStreamTest {

    @TempDir Path dir;

    @Test
    void everySheetOfAWorkbookIsVisitedInOrderAndADeclinedOneIsSkipped() throws Exception {
        Path file = dir.resolve("t.xlsx");
        Files.write(file, new XlsFormFixture().sheet("main", "a", "b").row("main", "1", "2").row("main", "", "")
                .sheet("skip", "x").row("skip", "never").sheet("rep", "c").row("rep", "3").bytes());
        List<String> seen = new ArrayList<>();
        TableFiles.stream(file, TableFiles.XLSX, new TableVisitor() {
            @Override
            public boolean sheet(String name, List<String> header) {
                seen.add(name + header);
                return !name.equals("skip");
            }

            @Override
            public void row(RawTable.Row row) {
                seen.add(row.number() + ":" + row.cells());
            }
        });
        assertThat(seen).containsExactly("main[a, b]", "2:[1, 2]", "skip[x]", "rep[c]", "2:[3]");
    }

    @Test
    void aCp1251CsvStreamsAsOneSheetAndTheVisitorsErrorComesThrough() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.write(file, ImportFiles.csv(';', Charset.forName("windows-1251"), false, List.of(List.of("школа", "n"),
                List.of("Гимназия", "1"))));
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> TableFiles.stream(file, "text/csv", new TableVisitor() {
            @Override
            public boolean sheet(String name, List<String> header) {
                seen.add(name + header);
                return true;
            }

            @Override
            public void row(RawTable.Row row) {
                seen.add(row.cells().toString());
                throw new IllegalArgumentException("stop");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("stop");
        assertThat(seen).containsExactly("[школа, n]", "[Гимназия, 1]");
    }
}
