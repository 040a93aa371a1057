package org.raitoolkit.euaiact;

import java.util.List;
import java.util.Objects;
import org.raitoolkit.model.Reason;

/**
 * Rule fact: the system serves a purpose listed in Annex III. Whether that makes it high-risk
 * depends on the Art. 6(3) derogation, decided by the rules that match this fact. Immutable.
 *
 * @param point the Annex III point, for example "6(d)" or "1(a)"
 * @param text what the system does that falls under the point, in words
 * @param reasons the rules that found it
 */
public record AnnexIIIUse(String point, String text, List<Reason> reasons) {

    /** The point of remote biometric identification, to which this rule set never applies the derogation. */
    public static final String REMOTE_BIOMETRIC_IDENTIFICATION = "1(a)";

    public AnnexIIIUse {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(text, "text");
        reasons = List.copyOf(reasons);
    }

    /** The code of the point, for example {@code ANNEX-III-6D} for "6(d)" and {@code ANNEX-III-7} for "7". */
    public String code() {
        return "ANNEX-III-" + point.replaceAll("[^0-9A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** A use found by one rule. */
    public AnnexIIIUse(String point, String text, Reason why) {
        this(point, text, List.of(why));
    }
}
