package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The CSV reader: RFC 4180 quoting, line endings, missing values, types, and refusals with line numbers. */
class SurveyCsvTest {

    private static SurveyData read(String csv) {
        return SurveyCsv.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(SurveyData data, String column) {
        Factor factor = data.factor(column);
        List<String> values = new ArrayList<>();
        for (int code : factor.codes()) {
            values.add(code < 0 ? null : factor.levels().get(code));
        }
        return values;
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        SurveyData data = read("\uFEFFname,note,n\r\n"
                + "\"Osh, city\",\"said \"\"no\"\"\",1\r\n"
                + "Naryn,\"two\nlines\",2\r\n"
                + "\r\n"
                + "Talas,,3");
        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.names()).containsExactly("name", "note", "n");
        assertThat(texts(data, "name")).containsExactly("Osh, city", "Naryn", "Talas");
        assertThat(texts(data, "note")).containsExactly("said \"no\"", "two\nlines", null);
        assertThat(data.numeric("n").values()).containsExactly(1, 2, 3);
    }

    @Test
    void numbersAreReadExactlyAndNaOrEmptyIsMissing() {
        SurveyData data = read("x\n1e3\n-2.5\n 7 \nNA\n\"\"\n0.1\n123456789012345678901234\n.5\n");
        double[] x = data.numeric("x").values();
        assertThat(x[0]).isEqualTo(1000.0);
        assertThat(x[1]).isEqualTo(-2.5);
        assertThat(x[2]).isEqualTo(7.0);
        assertThat(x[3]).isNaN();
        assertThat(x[4]).isNaN();
        assertThat(x[5]).isEqualTo(0.1);
        assertThat(x[6]).isEqualTo(Double.parseDouble("123456789012345678901234"));
        assertThat(x[7]).isEqualTo(0.5);
    }

    @Test
    void aColumnWithTextAfterNumbersIsTextWithTheOriginalSpelling() {
        SurveyData data = read("code\n1.50\n007\nabc\n1.50\n");
        assertThat(data.column("code")).isInstanceOf(TextColumn.class);
        assertThat(texts(data, "code")).containsExactly("1.50", "007", "abc", "1.50");
        assertThat(data.factor("code").levels()).containsExactly("007", "1.50", "abc");
    }

    @Test
    void numericColumnsBecomeCategoriesInNumericOrder() {
        Factor factor = read("g\n10\n9\n10\n2.5\n").factor("g");
        assertThat(factor.levels()).containsExactly("2.5", "9", "10");
        assertThat(factor.codes()).containsExactly(2, 1, 2, 0);
    }

    @Test
    void onlyTheAskedColumnsAreRead() {
        SurveyData data = SurveyCsv.read(RFixtures.DIR.resolve("data/apistrat.csv"), List.of("api00", "stype"));
        assertThat(data.names()).containsExactly("api00", "stype");
        assertThat(data.rows()).isEqualTo(200);
        assertThatThrownBy(() -> SurveyCsv.read(RFixtures.DIR.resolve("data/apistrat.csv"), List.of("nope")))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_VARIABLE);
                    assertThat(e.args()).containsExactly("nope");
                });
    }

    @Test
    void malformedFilesAreRefusedWithTheLine() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3\n")).isInstanceOfSatisfying(SurveyException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.CSV_FIELD_COUNT);
            assertThat(e.args()).containsExactly(3, 2, 1);
        });
        assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n")).isInstanceOfSatisfying(SurveyException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.CSV_MALFORMED);
            assertThat(e.args()).containsExactly(2);
        });
        assertThatThrownBy(() -> read("a,b\n1,\"x\"y\n")).isInstanceOfSatisfying(SurveyException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.CSV_MALFORMED);
            assertThat(e.args()).containsExactly(2);
        });
        assertThatThrownBy(() -> read("a,a\n1,2\n")).isInstanceOfSatisfying(SurveyException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.CSV_DUPLICATE_COLUMN);
            assertThat(e.args()).containsExactly("a");
        });
    }

    @Test
    void readsWhatCommonsCsvWritesAcrossBufferBoundaries() throws IOException {
        Random random = new Random(7);
        String alphabet = "ab ,\"\n\r\u0451\u04AF;x1";
        int rows = 4000;
        String[][] cells = new String[rows][3];
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("a", "b", "c");
            for (String[] row : cells) {
                for (int c = 0; c < 3; c++) {
                    StringBuilder text = new StringBuilder("v");
                    // long enough to cross the reader's 256 KiB buffer many times; one cell larger than the buffer
                    int size = row == cells[rows / 2] ? 300_000 : random.nextInt(40);
                    for (int i = size; i > 0; i--) {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    row[c] = text.toString();
                }
                printer.printRecord((Object[]) row);
            }
        }
        SurveyData data = read(out.toString());
        assertThat(data.rows()).isEqualTo(rows);
        for (int c = 0; c < 3; c++) {
            List<String> values = texts(data, List.of("a", "b", "c").get(c));
            for (int row = 0; row < rows; row++) {
                assertThat(values.get(row)).as("row %d column %d", row, c).isEqualTo(cells[row][c]);
            }
        }
    }
}
