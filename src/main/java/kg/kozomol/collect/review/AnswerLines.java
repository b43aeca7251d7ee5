package kg.kozomol.collect.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;

/** Lays a submission's tree out along its form: groups and repeat instances as headings, answers with their labels. */
public final class AnswerLines {

    private AnswerLines() {
    }

    public static List<AnswerLine> of(FormTexts texts, AnswerNode root) {
        List<AnswerLine> lines = new ArrayList<>();
        add(texts, texts.model().questions(), root, "", 0, false, lines);
        return lines;
    }

    /** The answers to the geopoint questions outside repeats, and inside them per instance. */
    public static List<AnswerLine> geopoints(List<AnswerLine> lines) {
        return lines.stream().filter(l -> !l.heading() && l.question().type() == QuestionType.GEOPOINT && Geopoint.parse(l.value()).isPresent())
                .toList();
    }

    private static void add(FormTexts texts, List<Question> questions, AnswerNode node, String prefix, int depth,
            boolean repeated, List<AnswerLine> lines) {
        for (Question question : questions) {
            String path = prefix + question.name();
            if (question.type() == QuestionType.REPEAT) {
                List<AnswerNode> instances = node.all(question.name());
                for (int i = 0; i < instances.size(); i++) {
                    lines.add(new AnswerLine(depth, question, texts.label(question), path, null, null, true, i + 1, true));
                    add(texts, question.children(), instances.get(i), path + "/", depth + 1, true, lines);
                }
            } else if (question.type() == QuestionType.GROUP) {
                lines.add(new AnswerLine(depth, question, texts.label(question), path, null, null, true, 0, repeated));
                AnswerNode group = node.child(question.name()).orElse(new AnswerNode(question.name(), null, List.of()));
                add(texts, question.children(), group, path + "/", depth + 1, repeated, lines);
            } else if (question.type() != QuestionType.NOTE) {
                String value = node.child(question.name()).map(AnswerNode::value).orElse("");
                lines.add(new AnswerLine(depth, question, texts.label(question), path, value, texts.display(question, value), false, 0,
                        repeated));
            }
        }
    }

    /** A latitude and longitude as ODK writes a geopoint: "lat lon altitude accuracy". */
    public record Geopoint(double latitude, double longitude) {

        public static Optional<Geopoint> parse(String value) {
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            String[] parts = value.strip().split("\\s+");
            try {
                double lat = Double.parseDouble(parts[0]);
                double lon = parts.length > 1 ? Double.parseDouble(parts[1]) : Double.NaN;
                return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? Optional.of(new Geopoint(lat, lon)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
