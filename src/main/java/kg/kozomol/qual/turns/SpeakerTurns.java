package kg.kozomol.qual.turns;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Speaker turns and sentence units of a transcript. */
public final class SpeakerTurns {

    /**
     * Labels recognised when a study configures none. A label stands at the start of a line and ends with a
     * colon; group {@code speaker} is what is kept.
     */
    public static final List<String> DEFAULT_LABELS = List.of(
            "(?<speaker>(?:Интервьюер|Интервьюерка|Модератор|Модераторка|Фасилитатор|Респондент|Респондентка"
                    + "|Участник|Участница|Маектешүүчү|Катышуучу|Жооп берүүчү|Interviewer|Moderator|Respondent"
                    + "|Participant)(?:[ \\t]*№?[ \\t]*\\d{1,3})?(?:[ \\t]*\\([^()\\n]{1,30}\\))?)[ \\t]*:",
            "(?<speaker>(?:[ИРМУ]|I|R|P|M)[ \\t]?\\d{0,3})[ \\t]*:");

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private SpeakerTurns() {
    }

    /**
     * Splits {@code text} at lines that begin with a speaker label (after optional indentation). Patterns are
     * matched case-insensitively at the line start; a pattern without a {@code speaker} group keeps the whole
     * label minus its colon. {@code null} or empty patterns mean {@link #DEFAULT_LABELS}. Blank turns are dropped.
     */
    public static List<Turn> split(String text, List<String> speakerLabelPatterns) {
        List<Pattern> labels = (speakerLabelPatterns == null || speakerLabelPatterns.isEmpty() ? DEFAULT_LABELS
                : speakerLabelPatterns).stream()
                .map(pattern -> Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        List<Turn> turns = new ArrayList<>();
        String speaker = null;
        int turnStart = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int indent = skipBlanks(text, lineStart, lineEnd);
            Matcher label = labelAt(labels, text, indent, lineEnd);
            if (label != null) {
                addTurn(turns, text, speaker, turnStart, lineStart);
                speaker = speakerOf(label);
                turnStart = label.end();
            }
            lineStart = lineEnd + 1;
        }
        addTurn(turns, text, speaker, turnStart, text.length());
        return turns;
    }

    /**
     * Sentence units of {@code text} as [start, end) char offsets, trimmed of whitespace, blank ones dropped;
     * sentence boundaries follow {@link BreakIterator} for Russian, and every line break also ends a unit.
     */
    public static List<int[]> sentences(String text) {
        List<int[]> units = new ArrayList<>();
        addSentences(text, 0, text.length(), units);
        return units;
    }

    /** Sentence units inside the given turns only, so speaker labels are never part of a unit. */
    public static List<int[]> sentences(String text, List<Turn> turns) {
        List<int[]> units = new ArrayList<>();
        for (Turn turn : turns) {
            addSentences(text, turn.start(), turn.end(), units);
        }
        return units;
    }

    private static void addSentences(String text, int from, int to, List<int[]> units) {
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            BreakIterator sentences = BreakIterator.getSentenceInstance(RUSSIAN);
            sentences.setText(text.substring(lineStart, lineEnd));
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                int[] unit = trim(text, lineStart + start, lineStart + end);
                if (unit != null) {
                    units.add(unit);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private static Matcher labelAt(List<Pattern> labels, String text, int from, int lineEnd) {
        for (Pattern pattern : labels) {
            Matcher matcher = pattern.matcher(text).region(from, lineEnd);
            if (matcher.lookingAt()) {
                return matcher;
            }
        }
        return null;
    }

    private static String speakerOf(Matcher label) {
        String speaker;
        try {
            speaker = label.group("speaker");
        } catch (IllegalArgumentException noSpeakerGroup) {
            speaker = label.group();
        }
        speaker = speaker.strip();
        return speaker.endsWith(":") ? speaker.substring(0, speaker.length() - 1).strip() : speaker;
    }

    private static void addTurn(List<Turn> turns, String text, String speaker, int start, int end) {
        int[] trimmed = trim(text, start, end);
        if (trimmed != null) {
            turns.add(new Turn(speaker, trimmed[0], trimmed[1]));
        }
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new int[] { start, end } : null;
    }

    private static int skipBlanks(String text, int from, int to) {
        while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }
}
