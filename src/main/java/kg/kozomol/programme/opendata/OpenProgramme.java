package kg.kozomol.programme.opendata;

import java.util.List;
import java.util.Map;
import kg.kozomol.identity.Organisation;
import kg.kozomol.programme.FrameworkNode;
import kg.kozomol.programme.Indicator;
import kg.kozomol.programme.IndicatorValue;
import kg.kozomol.programme.Programme;

/** A public programme with everything the open data shows of it: owner, framework tree, indicators and values. */
record OpenProgramme(Programme programme, Organisation owner, List<FrameworkNode> nodes,
        Map<Long, List<Indicator>> indicators, Map<Long, List<IndicatorValue>> values) {

    List<Indicator> indicatorsOf(FrameworkNode node) {
        return indicators.getOrDefault(node.id(), List.of());
    }

    List<IndicatorValue> valuesOf(Indicator indicator) {
        return values.getOrDefault(indicator.id(), List.of());
    }
}
