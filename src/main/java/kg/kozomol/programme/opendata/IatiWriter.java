package kg.kozomol.programme.opendata;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kg.kozomol.programme.FrameworkNode;
import kg.kozomol.programme.Indicator;
import kg.kozomol.programme.IndicatorDirection;
import kg.kozomol.programme.IndicatorValue;
import kg.kozomol.programme.MeasureType;
import kg.kozomol.programme.NodeKind;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeStatus;
import kg.kozomol.programme.ValueKind;

/**
 * The programmes' results in the IATI 2.03 activity standard: one {@code iati-activity} per programme with one
 * {@code result} per framework node that has indicators. Kozomol is a secondary reporter: it republishes what the
 * owner body planned and reported, next to what CSOs measured. Elements are written in the order the schema's
 * sequences require. The reporting organisation is configured ({@link IatiReportingOrg}).
 */
final class IatiWriter {

    /** IATI OrganisationType 10: government. */
    private static final String GOVERNMENT = "10";

    private final XMLStreamWriter xml;
    private final IatiReportingOrg reporter;

    private IatiWriter(XMLStreamWriter xml, IatiReportingOrg reporter) {
        this.xml = xml;
        this.reporter = reporter;
    }

    static void write(List<OpenProgramme> programmes, IatiReportingOrg reporter, Instant now, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            new IatiWriter(xml, reporter).activities(programmes, now);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IATI export failed", e);
        }
    }

    private void activities(List<OpenProgramme> programmes, Instant now) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", now.truncatedTo(ChronoUnit.SECONDS).toString());
        for (OpenProgramme programme : programmes) {
            activity(programme);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void activity(OpenProgramme open) throws XMLStreamException {
        Programme p = open.programme();
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", p.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", "ru");
        xml.writeAttribute("default-currency", "KGS");
        text("iati-identifier", reporter.ref() + "-" + p.reference());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reporter.ref());
        xml.writeAttribute("type", reporter.type());
        xml.writeAttribute("secondary-reporter", "1");
        narrative(reporter.name(), null);
        xml.writeEndElement();
        narratives("title", p.titleRu(), p.titleKy(), p.titleEn());
        String act = p.actNumber() == null ? p.reference() : p.reference() + " · " + p.actNumber();
        narratives("description", act, null, null);
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", "4");
        xml.writeAttribute("type", GOVERNMENT);
        narratives(null, open.owner().nameRu(), open.owner().nameKy(), open.owner().nameEn());
        xml.writeEndElement();
        empty("activity-status", "code", status(p.status()));
        activityDate("1", LocalDate.of(p.periodStart(), 1, 1));
        activityDate("3", LocalDate.of(p.periodEnd(), 12, 31));
        empty("recipient-country", "code", "KG");
        for (FrameworkNode node : open.nodes()) {
            List<Indicator> indicators = open.indicatorsOf(node);
            if (!indicators.isEmpty()) {
                result(node, indicators, open);
            }
        }
        xml.writeEndElement();
    }

    private void result(FrameworkNode node, List<Indicator> indicators, OpenProgramme open) throws XMLStreamException {
        xml.writeStartElement("result");
        xml.writeAttribute("type", resultType(node.kind()));
        narratives("title", node.titleRu(), node.titleKy(), null);
        for (Indicator indicator : indicators) {
            indicator(indicator, open.valuesOf(indicator));
        }
        xml.writeEndElement();
    }

    private void indicator(Indicator i, List<IndicatorValue> values) throws XMLStreamException {
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", measure(i.measure()));
        if (i.direction() != IndicatorDirection.MAINTAIN) {
            xml.writeAttribute("ascending", i.direction() == IndicatorDirection.INCREASE ? "1" : "0");
        }
        narratives("title", unit(i.nameRu(), i.unit()), i.nameKy(), null);
        if (i.baselineYear() != null && i.baselineYear() > 0) {
            xml.writeStartElement("baseline");
            xml.writeAttribute("year", String.valueOf(i.baselineYear()));
            value(i, i.baselineValue());
            String comment = join(words(i, i.baselineValue()), i.baselineSource());
            if (!comment.isEmpty()) {
                narratives("comment", comment, null, null);
            }
            xml.writeEndElement();
        }
        Map<Integer, List<IndicatorValue>> byPeriod = values.stream()
                .collect(Collectors.groupingBy(IndicatorValue::period, TreeMap::new, Collectors.toList()));
        for (Map.Entry<Integer, List<IndicatorValue>> period : byPeriod.entrySet()) {
            period(i, period.getKey(), period.getValue());
        }
        xml.writeEndElement();
    }

    private void period(Indicator indicator, int year, List<IndicatorValue> values) throws XMLStreamException {
        xml.writeStartElement("period");
        empty("period-start", "iso-date", LocalDate.of(year, 1, 1).toString());
        empty("period-end", "iso-date", LocalDate.of(year, 12, 31).toString());
        for (ValueKind kind : ValueKind.values()) {
            for (IndicatorValue v : values) {
                if (v.kind() == kind) {
                    xml.writeStartElement(kind == ValueKind.TARGET ? "target" : "actual");
                    value(indicator, v.value());
                    narratives("comment", join(words(indicator, v.value()), comment(v)), null, null);
                    xml.writeEndElement();
                }
            }
        }
        xml.writeEndElement();
    }

    /** Who produced the value and, for a survey estimate, its precision: IATI has no attributes for them. */
    private static String comment(IndicatorValue v) {
        StringBuilder text = new StringBuilder(v.producer().name());
        if (v.se() != null) {
            text.append("; SE ").append(v.se().toPlainString());
        }
        if (v.ciLow() != null && v.ciHigh() != null) {
            text.append("; 95% CI ").append(v.ciLow().toPlainString()).append("–").append(v.ciHigh().toPlainString());
        }
        if (v.n() != null) {
            text.append("; n ").append(v.n());
        }
        if (v.deff() != null) {
            text.append("; deff ").append(v.deff().toPlainString());
        }
        if (v.note() != null && !v.note().isBlank()) {
            text.append("; ").append(v.note());
        }
        return text.toString();
    }

    /**
     * IATI wants a number in @value for every measure but the qualitative one: numbers as they are, a category by its
     * position in the indicator's list (1 = first); qualitative words go in the comment instead ({@link #words}).
     */
    private void value(Indicator indicator, String value) throws XMLStreamException {
        if (value == null || value.isBlank() || indicator.measure() == MeasureType.QUALITATIVE) {
            return;
        }
        if (indicator.measure().categorical()) {
            int position = indicator.categories().indexOf(value.trim());
            if (position >= 0) {
                xml.writeAttribute("value", String.valueOf(position + 1));
            }
            return;
        }
        xml.writeAttribute("value", value);
    }

    /** The value in words for the comment when @value cannot carry it: a category's name or a qualitative finding. */
    private static String words(Indicator indicator, String value) {
        boolean textual = indicator.measure() == MeasureType.QUALITATIVE || indicator.measure().categorical();
        return textual && value != null ? value.trim() : "";
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second == null ? "" : second.trim();
        }
        return second == null || second.isBlank() ? first : first + "; " + second.trim();
    }

    private static String unit(String name, String unit) {
        return unit == null || unit.isBlank() ? name : name + " (" + unit + ")";
    }

    private void activityDate(String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** {@code element} holding a narrative per language given (Russian first, the activity's default). */
    private void narratives(String element, String ru, String ky, String en) throws XMLStreamException {
        if (element != null) {
            xml.writeStartElement(element);
        }
        narrative(ru, null);
        if (ky != null && !ky.isBlank()) {
            narrative(ky, "ky");
        }
        if (en != null && !en.isBlank()) {
            narrative(en, "en");
        }
        if (element != null) {
            xml.writeEndElement();
        }
    }

    private void narrative(String text, String language) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (language != null) {
            xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", language);
        }
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** IATI ActivityStatus: 2 implementation, 4 closed; an approved programme not yet started is 1, pipeline. */
    private static String status(ProgrammeStatus status) {
        return switch (status) {
            case IN_IMPLEMENTATION -> "2";
            case CLOSED -> "4";
            default -> "1";
        };
    }

    /** IATI ResultType: 3 impact (the goal), 2 outcome, 1 output, 9 other. */
    private static String resultType(NodeKind kind) {
        return switch (kind) {
            case GOAL -> "3";
            case OUTCOME -> "2";
            case OUTPUT -> "1";
            case ACTIVITY -> "9";
        };
    }

    /** IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative. */
    private static String measure(MeasureType measure) {
        return String.valueOf(measure.ordinal() + 1);
    }
}
