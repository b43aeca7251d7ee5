package kg.kozomol.programme.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import kg.kozomol.programme.FrameworkNode;
import kg.kozomol.programme.Indicator;
import kg.kozomol.programme.IndicatorValue;
import kg.kozomol.programme.Programme;

/**
 * The open programme data flattened to one CSV row per indicator value (an indicator without values gets one row
 * with its baseline only). UTF-8 with a byte order mark, so that Excel shows Cyrillic and ө ү ң correctly.
 */
final class ProgrammeCsv {

    static final List<String> HEADERS = List.of("programme_reference", "programme_title_ru", "programme_title_ky",
            "owner", "status", "period_start", "period_end", "node_id", "node_kind", "node_title_ru", "indicator_id",
            "indicator_name_ru", "indicator_name_ky", "measure", "unit", "direction", "baseline_year",
            "baseline_value", "baseline_source", "period", "value_kind", "producer", "value", "se", "ci_low",
            "ci_high", "n", "deff");

    private ProgrammeCsv() {
    }

    static void write(List<OpenProgramme> programmes, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(HEADERS);
        for (OpenProgramme open : programmes) {
            Programme p = open.programme();
            for (FrameworkNode node : open.nodes()) {
                for (Indicator i : open.indicatorsOf(node)) {
                    List<Object> head = List.of(p.reference(), p.titleRu(), text(p.titleKy()), open.owner().nameRu(),
                            p.status().name(), p.periodStart(), p.periodEnd(), node.id(), node.kind().name(),
                            node.titleRu(), i.id(), i.nameRu(), text(i.nameKy()), i.measure().name(), text(i.unit()),
                            i.direction().name(), text(i.baselineYear()), text(i.baselineValue()),
                            text(i.baselineSource()));
                    List<IndicatorValue> values = open.valuesOf(i);
                    if (values.isEmpty()) {
                        csv.printRecord(concat(head, java.util.Collections.nCopies(9, "")));
                    }
                    for (IndicatorValue v : values) {
                        csv.printRecord(concat(head, List.of(v.period(), v.kind().name(), v.producer().name(),
                                text(v.value()), text(v.se()), text(v.ciLow()), text(v.ciHigh()), text(v.n()),
                                text(v.deff()))));
                    }
                }
            }
        }
        csv.flush();
    }

    private static List<Object> concat(List<Object> head, List<?> tail) {
        List<Object> row = new java.util.ArrayList<>(head);
        row.addAll(tail);
        return row;
    }

    private static Object text(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return value == null ? "" : value;
    }
}
