package kg.kozomol.collect.review;

import kg.kozomol.collect.Question;

/**
 * One line of a submission as shown on its page: a question with its answer, or the heading of a group or repeat
 * instance ({@code heading} true, {@code instance} counting repeat instances from 1). {@code path} is below the root;
 * {@code repeated} marks lines inside a repeat instance.
 */
public record AnswerLine(int depth, Question question, String label, String path, String value, String display,
        boolean heading, int instance, boolean repeated) {

    /** Answers outside repeats can be corrected on the web; files and calculations are the phone's. */
    public boolean editable() {
        return !heading && !repeated && !question.type().isMedia() && question.type() != kg.kozomol.collect.QuestionType.CALCULATE;
    }
}
