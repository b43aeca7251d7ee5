package kg.kozomol.programme.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.kozomol.programme.FrameworkNode;
import kg.kozomol.programme.Indicator;
import kg.kozomol.programme.IndicatorValue;
import kg.kozomol.programme.Programme;

/** The JSON shape of the open programme data: one document per programme with its framework nested. */
final class ProgrammeJson {

    record Document(String reference, Map<String, String> title, String owner, String status, String actNumber,
            LocalDate actDate, String actUrl, int periodStart, int periodEnd, String budgetCode, boolean demo,
            List<Node> framework) {
    }

    record Node(long id, Long parent, String kind, Map<String, String> title, String assumptions, String risks,
            List<IndicatorDoc> indicators) {
    }

    record IndicatorDoc(long id, Map<String, String> name, String measure, String unit, String direction,
            List<String> categories, String disaggregations, String verification, Baseline baseline,
            List<Value> values) {
    }

    record Baseline(Integer year, String value, String source) {
    }

    record Value(int period, String kind, String producer, String value, BigDecimal se, BigDecimal ciLow,
            BigDecimal ciHigh, Integer n, BigDecimal deff) {
    }

    private ProgrammeJson() {
    }

    static Document of(OpenProgramme open) {
        Programme p = open.programme();
        List<Node> nodes = new ArrayList<>();
        for (FrameworkNode node : open.nodes()) {
            nodes.add(new Node(node.id(), node.parentId(), node.kind().name(), texts(node.titleRu(), node.titleKy(), null),
                    node.assumptions(), node.risks(), open.indicatorsOf(node).stream()
                            .map(i -> indicator(i, open.valuesOf(i))).toList()));
        }
        return new Document(p.reference(), texts(p.titleRu(), p.titleKy(), p.titleEn()), open.owner().nameRu(),
                p.status().name(), p.actNumber(), p.actDate(), p.actUrl(), p.periodStart(), p.periodEnd(),
                p.budgetCode(), p.demo(), nodes);
    }

    private static IndicatorDoc indicator(Indicator i, List<IndicatorValue> values) {
        return new IndicatorDoc(i.id(), texts(i.nameRu(), i.nameKy(), null), i.measure().name(), i.unit(),
                i.direction().name(), i.categories(), i.disaggregations(), i.verification(),
                new Baseline(i.baselineYear(), i.baselineValue(), i.baselineSource()),
                values.stream().map(v -> new Value(v.period(), v.kind().name(), v.producer().name(), v.value(), v.se(),
                        v.ciLow(), v.ciHigh(), v.n(), v.deff())).toList());
    }

    /** The texts by language code, leaving out the languages that have none. */
    static Map<String, String> texts(String ru, String ky, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        put(texts, "ru", ru);
        put(texts, "ky", ky);
        put(texts, "en", en);
        return texts;
    }

    private static void put(Map<String, String> texts, String language, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(language, text);
        }
    }
}
