package org.raitoolkit.euaiact;

import java.util.List;
import java.util.Objects;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Reason;

/**
 * Something the Act requires of the deployer (or, where said, the provider) because of what the
 * profile describes. A rule fact of the EU-AI-ACT rule set and, in a result, an
 * {@code OBLIGATION} finding; unless the system is prohibited it is also recommended to the
 * {@code LEGAL_OVERSIGHT} audience as {@code EU-<code>}. Immutable.
 *
 * @param code a short code, for example {@code ART-14-5}
 * @param article the article it rests on, for example "Art. 14(5)"
 * @param title a short name
 * @param text what to do, in words
 * @param effective from when it applies
 * @param principle the toolkit principle it serves, for example {@code AUTONOMY.OVERSIGHT}
 * @param stage the life-cycle stage in which to act
 * @param reasons the rules that found it
 * @param citations the provisions it rests on, structured; never empty: an obligation made
 *     without them cites its {@code article} of the EU AI Act
 */
public record Obligation(
        String code,
        String article,
        String title,
        String text,
        EffectiveDate effective,
        String principle,
        LifecycleStage stage,
        List<Reason> reasons,
        List<Citation> citations) {

    public Obligation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(stage, "stage");
        reasons = List.copyOf(reasons);
        citations = citations == null || citations.isEmpty() ? cite(article) : List.copyOf(citations);
    }

    /** The Act's provisions in {@code article}, or the whole of it as one provision if it names none in the usual form. */
    private static List<Citation> cite(String article) {
        List<Citation> found = EuAiAct.citations(article);
        return found.isEmpty() ? List.of(new Citation(EuAiAct.INSTRUMENT, article.strip(), EuAiAct.JURISDICTION)) : found;
    }

    /** An obligation that cites its {@code article} of the EU AI Act. */
    public Obligation(String code, String article, String title, String text, EffectiveDate effective, String principle,
            LifecycleStage stage, List<Reason> reasons) {
        this(code, article, title, text, effective, principle, stage, reasons, List.of());
    }
}
