package kg.kozomol.collect.xlsform;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.ItemsFile;
import kg.kozomol.collect.LabelMedia;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.expr.Expressions;

/**
 * Writes the ODK XForm for a form model, shaped as pyxform writes it: translated texts in {@code itext} (choice labels
 * once per list), the primary instance with {@code meta/instanceID}, one {@code bind} per node with logic, and the
 * body controls. Lists used with a choice filter also become secondary instances read through an itemset.
 */
final class XFormWriter {

    static final String XFORMS = "http://www.w3.org/2002/xforms";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String JR = "http://openrosa.org/javarosa";
    static final String ODK = "http://www.opendatakit.org/xforms";
    static final String ORX = "http://openrosa.org/xforms";

    private final FormModel model;
    private final Map<String, String> paths = new HashMap<>();
    private XMLStreamWriter xml;

    XFormWriter(FormModel model) {
        this.model = model;
        model.all().forEach(q -> paths.putIfAbsent(q.name(), q.path()));
    }

    byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(XFORMS);
            xml.setPrefix("h", XHTML);
            xml.setPrefix("jr", JR);
            xml.setPrefix("odk", ODK);
            xml.setPrefix("orx", ORX);
            xml.writeStartElement(XHTML, "html");
            xml.writeDefaultNamespace(XFORMS);
            xml.writeNamespace("h", XHTML);
            xml.writeNamespace("jr", JR);
            xml.writeNamespace("odk", ODK);
            xml.writeNamespace("orx", ORX);
            xml.writeStartElement(XHTML, "head");
            element(XHTML, "title", model.title());
            xml.writeStartElement(XFORMS, "model");
            xml.writeAttribute(ODK, "xforms-version", "1.0.0");
            itext();
            primaryInstance();
            secondaryInstances();
            binds(model.questions());
            bind("/" + FormModel.ROOT + "/meta/instanceID", "string", Map.of("readonly", "true()", "calculate",
                    "concat('uuid:', uuid())"));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(XHTML, "body");
            controls(model.questions());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing an XForm to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private void itext() throws XMLStreamException {
        xml.writeStartElement(XFORMS, "itext");
        for (String language : model.languages()) {
            xml.writeStartElement(XFORMS, "translation");
            xml.writeAttribute("lang", language);
            if (language.equals(model.defaultLanguage())) {
                xml.writeAttribute("default", "true()");
            }
            for (Question q : model.all()) {
                label(q.path() + ":label", q.texts().labels(), q.texts().media(), language);
                text(q.path() + ":hint", q.texts().hints(), language);
                if (translated(q.texts().requiredMessages())) {
                    text(q.path() + ":jr:requiredMsg", q.texts().requiredMessages(), language);
                }
                if (translated(q.texts().constraintMessages())) {
                    text(q.path() + ":jr:constraintMsg", q.texts().constraintMessages(), language);
                }
            }
            for (Map.Entry<String, List<Choice>> list : model.choices().entrySet()) {
                for (int i = 0; i < list.getValue().size(); i++) {
                    Choice choice = list.getValue().get(i);
                    label(choiceText(list.getKey(), i), choice.labels(), choice.media(), language);
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** One text in one language; a missing translation falls back to the default language, then to any. */
    private void text(String id, Map<String, String> texts, String language) throws XMLStreamException {
        label(id, texts, Map.of(), language);
    }

    /**
     * A label's text followed by its media as pyxform writes them: {@code <value form="image">jr://images/a.png</value>}.
     * Media fall back across languages as text does.
     */
    private void label(String id, Map<String, String> texts, Map<String, Map<String, String>> media, String language)
            throws XMLStreamException {
        if (texts.isEmpty() && media.isEmpty()) {
            return;
        }
        xml.writeStartElement(XFORMS, "text");
        xml.writeAttribute("id", id);
        if (!texts.isEmpty()) {
            xml.writeStartElement(XFORMS, "value");
            withOutputs(inLanguage(texts, language));
            xml.writeEndElement();
        }
        for (Map.Entry<String, Map<String, String>> form : media.entrySet()) {
            xml.writeStartElement(XFORMS, "value");
            xml.writeAttribute("form", form.getKey());
            xml.writeCharacters(LabelMedia.uri(form.getKey(), inLanguage(form.getValue(), language)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private String inLanguage(Map<String, String> texts, String language) {
        return texts.getOrDefault(language, texts.getOrDefault(model.defaultLanguage(), texts.values().iterator().next()));
    }

    /** {@code ${name}} in a label shows the answer: an {@code <output>} of the node's path. */
    private void withOutputs(String text) throws XMLStreamException {
        Matcher matcher = Expressions.TEXT_REFERENCE.matcher(text);
        int copied = 0;
        while (matcher.find()) {
            xml.writeCharacters(text.substring(copied, matcher.start()));
            xml.writeEmptyElement(XFORMS, "output");
            xml.writeAttribute("value", path(matcher.group(1).strip()));
            copied = matcher.end();
        }
        xml.writeCharacters(text.substring(copied));
    }

    private void primaryInstance() throws XMLStreamException {
        xml.writeStartElement(XFORMS, "instance");
        xml.writeStartElement(XFORMS, FormModel.ROOT);
        xml.writeAttribute("id", model.formId());
        if (model.version() != null) {
            xml.writeAttribute("version", model.version());
        }
        nodes(model.questions());
        xml.writeStartElement(XFORMS, "meta");
        xml.writeEmptyElement(XFORMS, "instanceID");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void nodes(List<Question> questions) throws XMLStreamException {
        for (Question q : questions) {
            if (q.type() == QuestionType.REPEAT) {
                // The template the phone copies for each new entry, then the first entry itself.
                xml.writeStartElement(XFORMS, q.name());
                xml.writeAttribute(JR, "template", "");
                nodes(q.children());
                xml.writeEndElement();
            }
            xml.writeStartElement(XFORMS, q.name());
            if (q.type().isContainer()) {
                nodes(q.children());
            } else if (q.defaultValue() != null && Expressions.textReferences(q.defaultValue()).isEmpty()) {
                xml.writeCharacters(q.defaultValue());
            }
            xml.writeEndElement();
        }
    }

    private void secondaryInstances() throws XMLStreamException {
        List<String> filtered = model.all().stream().filter(q -> q.choices().filter() != null && q.choices().file() == null)
                .map(q -> q.choices().listName()).distinct().toList();
        for (String list : filtered) {
            xml.writeStartElement(XFORMS, "instance");
            xml.writeAttribute("id", list);
            xml.writeStartElement(XFORMS, "root");
            List<Choice> choices = model.choices().getOrDefault(list, List.of());
            for (int i = 0; i < choices.size(); i++) {
                xml.writeStartElement(XFORMS, "item");
                element(XFORMS, "itextId", choiceText(list, i));
                element(XFORMS, "name", choices.get(i).name());
                for (Map.Entry<String, String> property : choices.get(i).properties().entrySet()) {
                    if (FormBuilder.NAME.matcher(property.getKey()).matches()) {
                        element(XFORMS, property.getKey(), property.getValue());
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        externalInstances();
    }

    /** The attached files select_one_from_file and pulldata read: {@code <instance id="cities" src="jr://file-csv/cities.csv"/>}. */
    private void externalInstances() throws XMLStreamException {
        Set<String> files = new LinkedHashSet<>();
        for (Question q : model.all()) {
            if (q.choices().file() != null) {
                files.add(q.choices().file().name());
            }
            q.expressions().forEach(expression -> files.addAll(Expressions.pulldataFiles(expression)));
        }
        for (String file : files) {
            xml.writeEmptyElement(XFORMS, "instance");
            xml.writeAttribute("id", ItemsFile.instanceId(file));
            xml.writeAttribute("src", ItemsFile.src(file));
        }
    }

    private void binds(List<Question> questions) throws XMLStreamException {
        for (Question q : questions) {
            Map<String, String> attributes = new LinkedHashMap<>();
            put(attributes, "relevant", q.logic().relevant());
            put(attributes, "required", q.logic().required());
            put(attributes, "constraint", q.logic().constraint());
            put(attributes, "calculate", q.logic().calculation());
            put(attributes, "readonly", q.type() == QuestionType.NOTE ? "true()" : q.logic().readOnly());
            message(attributes, q, "jr:requiredMsg", q.texts().requiredMessages());
            message(attributes, q, "jr:constraintMsg", q.texts().constraintMessages());
            if (q.type().dataType() != null || !attributes.isEmpty()) {
                bind(q.path(), q.type().dataType(), attributes);
            }
            binds(q.children());
        }
    }

    private void put(Map<String, String> attributes, String name, String expression) {
        if (expression != null) {
            attributes.put(name, Expressions.toXPath(expression, this::path));
        }
    }

    private void message(Map<String, String> attributes, Question q, String name, Map<String, String> texts) {
        if (translated(texts)) {
            attributes.put(name, "jr:itext('" + q.path() + ":" + name + "')");
        } else if (!texts.isEmpty()) {
            attributes.put(name, texts.values().iterator().next());
        }
    }

    private void bind(String nodeset, String type, Map<String, String> attributes) throws XMLStreamException {
        xml.writeEmptyElement(XFORMS, "bind");
        xml.writeAttribute("nodeset", nodeset);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (attribute.getKey().startsWith("jr:")) {
                xml.writeAttribute(JR, attribute.getKey().substring(3), attribute.getValue());
            } else {
                xml.writeAttribute(attribute.getKey(), attribute.getValue());
            }
        }
    }

    private void controls(List<Question> questions) throws XMLStreamException {
        for (Question q : questions) {
            if (q.type().control() == null) {
                continue;
            }
            if (q.type() == QuestionType.REPEAT) {
                xml.writeStartElement(XFORMS, "group");
                xml.writeAttribute("ref", q.path());
                labelAndHint(q);
                xml.writeStartElement(XFORMS, "repeat");
                xml.writeAttribute("nodeset", q.path());
                appearance(q);
                controls(q.children());
                xml.writeEndElement();
                xml.writeEndElement();
                continue;
            }
            xml.writeStartElement(XFORMS, q.type().control());
            xml.writeAttribute("ref", q.path());
            appearance(q);
            if (q.type().isMedia()) {
                xml.writeAttribute("mediatype", q.type().mediaType());
            }
            labelAndHint(q);
            if (q.type().isSelect()) {
                items(q);
            }
            controls(q.children());
            xml.writeEndElement();
        }
    }

    private void items(Question q) throws XMLStreamException {
        String list = q.choices().listName();
        ItemsFile file = q.choices().file();
        if (file != null) {
            xml.writeStartElement(XFORMS, "itemset");
            xml.writeAttribute("nodeset", "instance('" + file.instanceId() + "')/root/item" + predicate(q));
            xml.writeEmptyElement(XFORMS, "value");
            xml.writeAttribute("ref", file.valueColumn());
            xml.writeEmptyElement(XFORMS, "label");
            xml.writeAttribute("ref", file.labelColumn());
            xml.writeEndElement();
        } else if (q.choices().filter() != null) {
            xml.writeStartElement(XFORMS, "itemset");
            xml.writeAttribute("nodeset", "instance('" + list + "')/root/item" + predicate(q));
            xml.writeEmptyElement(XFORMS, "value");
            xml.writeAttribute("ref", "name");
            xml.writeEmptyElement(XFORMS, "label");
            xml.writeAttribute("ref", "jr:itext(itextId)");
            xml.writeEndElement();
        } else {
            List<Choice> choices = model.choices().getOrDefault(list, List.of());
            for (int i = 0; i < choices.size(); i++) {
                xml.writeStartElement(XFORMS, "item");
                xml.writeEmptyElement(XFORMS, "label");
                xml.writeAttribute("ref", "jr:itext('" + choiceText(list, i) + "')");
                element(XFORMS, "value", choices.get(i).name());
                xml.writeEndElement();
            }
        }
        if (q.choices().orOther()) {
            xml.writeStartElement(XFORMS, "item");
            element(XFORMS, "label", "Other");
            element(XFORMS, "value", "other");
            xml.writeEndElement();
        }
    }

    /** pyxform pads each path with spaces inside the predicate: {@code item[region= /data/region ]}. */
    private String predicate(Question q) {
        return q.choices().filter() == null ? "" : "[" + Expressions.toXPath(q.choices().filter(), name -> " " + path(name) + " ") + "]";
    }

    private void labelAndHint(Question q) throws XMLStreamException {
        if (!q.texts().labels().isEmpty() || !q.texts().media().isEmpty()) {
            xml.writeEmptyElement(XFORMS, "label");
            xml.writeAttribute("ref", "jr:itext('" + q.path() + ":label')");
        }
        if (!q.texts().hints().isEmpty()) {
            xml.writeEmptyElement(XFORMS, "hint");
            xml.writeAttribute("ref", "jr:itext('" + q.path() + ":hint')");
        }
    }

    private void appearance(Question q) throws XMLStreamException {
        if (q.appearance() != null) {
            xml.writeAttribute("appearance", q.appearance());
        }
    }

    private void element(String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private boolean translated(Map<String, String> texts) {
        return texts.size() > 1 || (texts.size() == 1 && model.languages().size() > 1);
    }

    private String path(String name) {
        return paths.getOrDefault(name, "/" + FormModel.ROOT + "/" + name);
    }

    private static String choiceText(String list, int index) {
        return list + "-" + index;
    }
}
