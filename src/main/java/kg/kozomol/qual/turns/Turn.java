package kg.kozomol.qual.turns;

/**
 * One speaker's turn: {@code speaker} is the label as written without its colon ("Р1", "Интервьюер (И)"), or
 * {@code null} for text before the first label; [start, end) are char offsets of the turn's text after the label,
 * trimmed of surrounding whitespace.
 */
public record Turn(String speaker, int start, int end) {
}
