package org.raitoolkit.rules.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.raitoolkit.model.Recommendation;

/**
 * The recommendations that rules issue in one assessment, kept outside working memory. A rule
 * file declares it as the global {@code issued}:
 *
 * <pre>{@code
 * global org.raitoolkit.rules.spi.IssuedRecommendations issued;
 * ...
 * then
 *     issued.add(new Recommendation("NAT-1", ...));
 * }</pre>
 *
 * <p>The result holds these and every {@link Recommendation} inserted as a fact, merged by id in
 * the same way. No rule matches a recommendation, so adding one here rather than inserting it
 * saves the work of a fact (a handle, its propagation through the network): a fifth of the
 * recommendation phase where a system gets some 80 of them. One instance serves one session on
 * one thread; it is not thread-safe.
 */
public final class IssuedRecommendations {

    private final List<Recommendation> issued = new ArrayList<>();

    /** Adds {@code recommendation} to the result. */
    public void add(Recommendation recommendation) {
        issued.add(Objects.requireNonNull(recommendation, "recommendation"));
    }

    /** Every recommendation added so far, in the order added. */
    public List<Recommendation> all() {
        return Collections.unmodifiableList(issued);
    }
}
