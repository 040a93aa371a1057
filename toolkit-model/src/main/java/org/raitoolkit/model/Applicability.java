package org.raitoolkit.model;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a risk factor or aggravation applies to a system, as conditions on its profile. Every
 * non-empty condition must hold; an empty condition holds always, so {@link #ALWAYS} applies to
 * every system.
 *
 * @param applicationAreas the system's area is one of these (empty: any area)
 * @param allOf every one of these facts holds
 * @param anyOf at least one of these facts holds (empty: no condition)
 * @param noneOf none of these facts holds
 */
public record Applicability(
        @NotNull Set<ApplicationArea> applicationAreas,
        @NotNull Set<ProfileFact> allOf,
        @NotNull Set<ProfileFact> anyOf,
        @NotNull Set<ProfileFact> noneOf) {

    /** Applies to every system. */
    public static final Applicability ALWAYS = new Applicability(Set.of(), Set.of(), Set.of(), Set.of());

    public Applicability {
        applicationAreas = copy(applicationAreas, ApplicationArea.class);
        allOf = copy(allOf, ProfileFact.class);
        anyOf = copy(anyOf, ProfileFact.class);
        noneOf = copy(noneOf, ProfileFact.class);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
        // EnumSet first: it keeps declaration order, so descriptions read the same every time.
        return set == null || set.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(set));
    }

    /** Whether every condition holds for {@code profile}. */
    public boolean matches(SystemProfile profile) {
        if (!applicationAreas.isEmpty() && !applicationAreas.contains(profile.applicationArea())) {
            return false;
        }
        for (ProfileFact fact : allOf) {
            if (!fact.holdsFor(profile)) {
                return false;
            }
        }
        for (ProfileFact fact : noneOf) {
            if (fact.holdsFor(profile)) {
                return false;
            }
        }
        return anyOf.isEmpty() || holdsAny(profile);
    }

    private boolean holdsAny(SystemProfile profile) {
        for (ProfileFact fact : anyOf) {
            if (fact.holdsFor(profile)) {
                return true;
            }
        }
        return false;
    }

    /** The conditions in words, for reasons: for example "area in [IMAGE_ANALYSIS]; all of [REAL_TIME]". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!applicationAreas.isEmpty()) {
            parts.add("area in " + applicationAreas);
        }
        if (!allOf.isEmpty()) {
            parts.add("all of " + allOf);
        }
        if (!anyOf.isEmpty()) {
            parts.add("any of " + anyOf);
        }
        if (!noneOf.isEmpty()) {
            parts.add("none of " + noneOf);
        }
        return parts.isEmpty() ? "always" : String.join("; ", parts);
    }
}
