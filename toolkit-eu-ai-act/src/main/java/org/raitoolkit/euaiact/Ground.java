package org.raitoolkit.euaiact;

import java.util.List;
import java.util.Objects;
import org.raitoolkit.model.Reason;

/**
 * One step of the path to a category: a reason, found in the profile, why the system falls in
 * {@code category}. A rule fact of the EU-AI-ACT rule set (inserted in {@code risk-aggregate})
 * and, in a result, a {@code PATH} finding. Several grounds can hold for one system; the
 * strictest category among them is the system's category. Immutable.
 *
 * @param code a short code, for example {@code ART-5-1-E} or {@code ANNEX-III-6D}
 * @param category the category this ground leads to
 * @param reference the article, point or annex it rests on, for example "Art. 5(1)(e)"
 * @param text the ground in words
 * @param annexIIIPoint the Annex III point, for example "1(a)", when the ground is one; else {@code null}
 * @param effective from when the ground applies
 * @param reasons the rules that found it
 */
public record Ground(
        String code,
        Category category,
        String reference,
        String text,
        String annexIIIPoint,
        EffectiveDate effective,
        List<Reason> reasons) {

    public Ground {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(effective, "effective");
        reasons = List.copyOf(reasons);
    }

    /**
     * The Annex III area (the number before the letter: 1 for biometrics, 6 for law
     * enforcement, ...), or 0 when the ground is not an Annex III point.
     */
    public int annexIIIArea() {
        if (annexIIIPoint == null) {
            return 0;
        }
        int end = 0;
        while (end < annexIIIPoint.length() && Character.isDigit(annexIIIPoint.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(annexIIIPoint.substring(0, end));
    }
}
