package org.raitoolkit.rules.spi;

import org.raitoolkit.model.MaturityLevel;
import org.raitoolkit.model.ReadinessQuestion;

/**
 * Fact: the answer to one readiness question; a question left out is answered UNKNOWN.
 *
 * @param question the question
 * @param answer the answer
 */
public record QuestionAnswer(ReadinessQuestion question, MaturityLevel answer) {

    public String questionId() { return question.id(); }
    public String dimension() { return question.dimension(); }
    public boolean critical() { return question.critical(); }
    public boolean unknown() { return answer == MaturityLevel.UNKNOWN; }
    /** Points scored: weight × answer (UNKNOWN scores 0). */
    public int weightedPoints() { return question.weight() * answer.points(); }
    /** Most points possible: weight × 4. */
    public int weightedMaximum() { return question.weight() * 4; }
}
