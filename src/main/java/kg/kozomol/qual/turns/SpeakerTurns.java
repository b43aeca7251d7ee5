package kg.kozomol.qual.turns;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACEHOLDER until the speaker-turns branch is merged (the lead replaces this file): a line starting with a label
 * such as "Интервьюер:", "Р1:" or "И:" starts a turn that runs to the next one.
 */
public final class SpeakerTurns {

    private static final List<String> DEFAULTS = List.of("Интервьюер:", "Модератор:", "Респондент\\s*\\d*:", "Р\\d*:", "И:",
            "М:");

    private SpeakerTurns() {}

    public static List<Turn> split(String text, List<String> speakerLabelPatterns) {
        List<String> patterns = speakerLabelPatterns == null || speakerLabelPatterns.isEmpty() ? DEFAULTS : speakerLabelPatterns;
        Pattern label = Pattern.compile("(?m)^[ \\t]*(" + String.join("|", patterns) + ")");
        Matcher m = label.matcher(text);
        List<Turn> turns = new ArrayList<>();
        int start = -1;
        String speaker = null;
        while (m.find()) {
            if (start >= 0) {
                turns.add(new Turn(speaker, start, trimEnd(text, m.start())));
            }
            start = m.start(1);
            speaker = m.group(1).substring(0, m.group(1).length() - 1).trim();
        }
        if (start >= 0) {
            turns.add(new Turn(speaker, start, trimEnd(text, text.length())));
        }
        return turns;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
