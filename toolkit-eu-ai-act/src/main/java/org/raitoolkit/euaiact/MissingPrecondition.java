package org.raitoolkit.euaiact;

import java.util.List;
import java.util.Objects;
import org.raitoolkit.model.Reason;

/**
 * Something the profile does not show, or shows to be unmet, that a permitted path requires: for
 * example national law authorising real-time remote identification (Art. 5(5)). A rule fact of
 * the EU-AI-ACT rule set and, in a result, a {@code MISSING_PRECONDITION} finding; each keeps the
 * decision at least {@code ESCALATE}. Immutable.
 *
 * @param code a short code, for example {@code NO-NATIONAL-LAW}
 * @param article the article that sets the precondition
 * @param text what is missing and what would meet it, in words
 * @param effective from when the article applies
 * @param reasons the rules that found it
 */
public record MissingPrecondition(
        String code,
        String article,
        String text,
        EffectiveDate effective,
        List<Reason> reasons) {

    public MissingPrecondition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(effective, "effective");
        reasons = List.copyOf(reasons);
    }
}
