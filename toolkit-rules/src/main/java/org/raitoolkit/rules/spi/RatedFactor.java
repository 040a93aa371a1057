package org.raitoolkit.rules.spi;

import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.RiskFactor;

/**
 * Fact: the assessor's rating of one risk factor, as given. Inserted by the engine, one per
 * rating, in content order.
 *
 * @param factor the factor rated
 * @param rating the rating
 */
public record RatedFactor(RiskFactor factor, FactorRating rating) {

    /** The factor's id. */
    public String factorId() {
        return factor.id();
    }
}
