package org.raitoolkit.euaiact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.RiskResult;

/**
 * The EU AI Act classification of one system, read back from the findings of a risk result (so
 * it also reads a result loaded from a JSON report). Immutable.
 *
 * <pre>{@code
 * EuAiActResult eu = EuAiActResult.from(result).orElseThrow();
 * eu.category();                 // HIGH_RISK
 * eu.path();                     // "real-time remote identification allowed only under Art. 5(1)(h)(i): ..."
 * eu.obligations();              // Art. 14, Art. 14(5), Art. 12(3), ...
 * eu.missingPreconditions();     // for example NO-NATIONAL-LAW (Art. 5(5))
 * }</pre>
 *
 * @param category the strictest category any ground leads to
 * @param path the grounds of that category, in words
 * @param reference the articles those grounds rest on
 * @param effective from when the category applies (the earliest of its grounds)
 * @param grounds every ground found, whatever its category
 * @param obligations every obligation, with its article and date
 * @param missingPreconditions what the profile lacks for a permitted path
 * @param notice that this is decision support, not legal advice, and where to check
 * @param assessmentDate the date the assessment speaks for
 */
public record EuAiActResult(
        Category category,
        String path,
        String reference,
        EffectiveDate effective,
        List<Ground> grounds,
        List<Obligation> obligations,
        List<MissingPrecondition> missingPreconditions,
        String notice,
        LocalDate assessmentDate) {

    public EuAiActResult {
        Objects.requireNonNull(category, "category");
        grounds = List.copyOf(grounds);
        obligations = List.copyOf(obligations);
        missingPreconditions = List.copyOf(missingPreconditions);
    }

    /**
     * The classification in {@code result}, or empty if the EU-AI-ACT rule set did not run on it
     * (it was not in the engine, or the profile had no {@code euAiAct} section).
     *
     * @throws IllegalArgumentException if the rule set's findings are not as it writes them:
     *     more than one category, or a detail missing or malformed (the message names the
     *     finding and the detail)
     */
    public static Optional<EuAiActResult> from(RiskResult result) {
        return from(result.findings());
    }

    /**
     * The classification in {@code findings}; findings of other rule sets are ignored.
     *
     * @throws IllegalArgumentException as {@link #from(RiskResult)}
     */
    public static Optional<EuAiActResult> from(List<Finding> findings) {
        List<Finding> ours = findings.stream().filter(f -> EuAiAct.RULE_SET_ID.equals(f.ruleSet())).toList();
        List<Finding> categories = ours.stream().filter(f -> EuAiAct.KIND_CATEGORY.equals(f.kind())).toList();
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        if (categories.size() > 1) {
            throw new IllegalArgumentException("expected one " + EuAiAct.KIND_CATEGORY + " finding of rule set "
                    + EuAiAct.RULE_SET_ID + ", found " + categories.size() + ": "
                    + categories.stream().map(Finding::code).toList());
        }
        Finding c = categories.get(0);
        List<Ground> grounds = new ArrayList<>();
        List<Obligation> obligations = new ArrayList<>();
        List<MissingPrecondition> missing = new ArrayList<>();
        String notice = null;
        for (Finding f : ours) {
            switch (f.kind()) {
                case EuAiAct.KIND_PATH -> grounds.add(new Ground(f.code(),
                        enumDetail(f, EuAiAct.DETAIL_CATEGORY, Category.class), f.reference(), f.text(),
                        f.details().get(EuAiAct.DETAIL_ANNEX_III_POINT), effective(f), f.reasons()));
                case EuAiAct.KIND_OBLIGATION -> obligations.add(new Obligation(f.code(), f.reference(),
                        detail(f, EuAiAct.DETAIL_TITLE), f.text(), effective(f), detail(f, EuAiAct.DETAIL_PRINCIPLE),
                        enumDetail(f, EuAiAct.DETAIL_STAGE, LifecycleStage.class), f.reasons(), f.citations()));
                case EuAiAct.KIND_MISSING_PRECONDITION -> missing.add(new MissingPrecondition(f.code(), f.reference(),
                        f.text(), effective(f), f.reasons()));
                case EuAiAct.KIND_NOTICE -> notice = f.text();
                default -> {
                    // CATEGORY, read above; kinds added by later versions are skipped.
                }
            }
        }
        EffectiveDate effective = effective(c);
        return Optional.of(new EuAiActResult(Category.valueOf(c.code()), c.text(), c.reference(), effective,
                grounds, obligations, missing, notice, effective.assessmentDate()));
    }

    /** The obligation with {@code code}, if there is one. */
    public Optional<Obligation> obligation(String code) {
        return obligations.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The obligations that apply on the assessment date. */
    public List<Obligation> obligationsApplicableOnAssessmentDate() {
        return obligations.stream().filter(o -> o.effective().appliesOnAssessmentDate()).toList();
    }

    private static EffectiveDate effective(Finding f) {
        LocalDate from = date(f, EuAiAct.DETAIL_APPLICABLE_FROM);
        LocalDate on = date(f, EuAiAct.DETAIL_ASSESSMENT_DATE);
        return new EffectiveDate(detail(f, EuAiAct.DETAIL_TIMELINE_ENTRY), from,
                enumDetail(f, EuAiAct.DETAIL_DATE_STATUS, DateStatus.class), f.details().get(EuAiAct.DETAIL_DATE_NOTE),
                on, Boolean.parseBoolean(detail(f, EuAiAct.DETAIL_APPLIES_ON_ASSESSMENT_DATE)));
    }

    private static String detail(Finding f, String name) {
        String value = f.details().get(name);
        if (value == null) {
            throw new IllegalArgumentException("finding " + f.kind() + " " + f.code() + " of rule set " + f.ruleSet()
                    + " has no detail '" + name + "'; it has " + f.details().keySet());
        }
        return value;
    }

    private static LocalDate date(Finding f, String name) {
        String value = detail(f, name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("finding " + f.kind() + " " + f.code() + ": detail '" + name + "' is '"
                    + value + "', not a date (YYYY-MM-DD)", e);
        }
    }

    private static <E extends Enum<E>> E enumDetail(Finding f, String name, Class<E> type) {
        String value = detail(f, name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("finding " + f.kind() + " " + f.code() + ": detail '" + name + "' is '"
                    + value + "'; allowed: " + java.util.Arrays.toString(type.getEnumConstants()), e);
        }
    }
}
