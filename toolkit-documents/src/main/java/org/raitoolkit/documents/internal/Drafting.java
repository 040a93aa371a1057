package org.raitoolkit.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raitoolkit.documents.Part;
import org.raitoolkit.documents.Sources;
import org.raitoolkit.euled.EuLed;
import org.raitoolkit.euled.LedFacts;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.FactorResult;
import org.raitoolkit.model.Finding;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.Recommendation;
import org.raitoolkit.model.ReviewTrigger;
import org.raitoolkit.model.RightAtStake;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.reports.ReportMetadata;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.reports.spi.Wording;

/**
 * What every document builder reads from one risk report: the sources, the rated risks with their
 * reasons, the measures with their status and evidence, and citations. Immutable.
 */
public final class Drafting {

    /** The first notice of every document. */
    static final String DRAFT_NOTICE = "This is a draft, made by an independent open-source tool from the answers of one"
            + " assessment. It is not legal advice. The agency completes it, checks it against its own law and owns it."
            + " Each part marked 'to be completed' says what the answers did not establish.";

    final ContentPack pack;
    final RiskReport report;

    public Drafting(ContentPack pack, RiskReport report) {
        this.pack = pack;
        this.report = report;
    }

    /** What the document was made from. */
    Sources sources() {
        ReportMetadata m = report.metadata();
        return new Sources(null, m.answersDigest(), m.contentPackId(), m.contentPackVersion(), m.contentPackDigest(),
                m.engineVersion(), m.ruleSetDigests(), m.generatedAt());
    }

    String systemName() {
        return report.input().system().name();
    }

    static Citation led(String article) {
        return new Citation("LED", article, "EU");
    }

    static Citation aiAct(String article) {
        return new Citation("EU AI Act", article, "EU");
    }

    static Citation charter(String article) {
        return new Citation("EU Charter", article, "EU");
    }

    /** The factors assessed, highest inherent level first, then in the order the engine gave them. */
    List<FactorResult> factorsByLevel() {
        List<FactorResult> out = new ArrayList<>(report.result().factors());
        out.sort((a, b) -> b.inherentLevel().compareTo(a.inherentLevel()));
        return out;
    }

    /** The factors rated HIGH or above before any measure. */
    List<FactorResult> highBeforeMeasures() {
        return factorsByLevel().stream().filter(f -> f.inherentLevel().compareTo(RiskLevel.HIGH) >= 0).toList();
    }

    /**
     * Whether this assessment reads LED Art. 28(1)(a) as requiring prior consultation of the
     * supervisory authority: a risk is rated HIGH or above before measures, or the answers state
     * that the impact assessment shows a high risk (euLed.dpiaShowsHighRisk).
     */
    boolean priorConsultationIndicated() {
        boolean stated = report.input().system().extension(EuLed.FACTS).map(LedFacts::dpiaShowsHighRisk)
                .map(Boolean.TRUE::equals).orElse(false);
        return !highBeforeMeasures().isEmpty() || stated;
    }

    /** The factors still HIGH or above after the measures in place. */
    List<FactorResult> highAfterMeasures() {
        return factorsByLevel().stream().filter(f -> f.residualLevel().compareTo(RiskLevel.HIGH) >= 0).toList();
    }

    /** The assessors' reason for a rating, else the engine's first reason, else empty. */
    String why(FactorResult f) {
        FactorRating rating = report.input().ratings().get(f.factorId());
        if (rating != null && rating.rationale() != null && !rating.rationale().isBlank()) {
            return rating.rationale().strip();
        }
        return f.reasons().isEmpty() ? "" : f.reasons().get(0).text();
    }

    /** The rights a factor puts at stake, in words, such as "privacy; non discrimination". */
    String rights(FactorResult f) {
        return pack.riskFactor(f.factorId()).map(RiskFactor::rights).map(rights -> String.join("; ",
                Wording.sorted(rights).stream().map(Wording::lower).toList())).orElse("");
    }

    /** The rights at stake across all factors rated HIGH or above before measures, in declaration order. */
    List<RightAtStake> rightsAtStake(List<FactorResult> factors) {
        java.util.Set<RightAtStake> all = java.util.EnumSet.noneOf(RightAtStake.class);
        for (FactorResult f : factors) {
            pack.riskFactor(f.factorId()).ifPresent(rf -> all.addAll(rf.rights()));
        }
        return List.copyOf(all);
    }

    /** A mitigation's title from the content pack, else its id. */
    String mitigationTitle(FactorResult f, String mitigationId) {
        return pack.riskFactor(f.factorId()).flatMap(rf -> rf.mitigations().stream()
                .filter(m -> m.id().equals(mitigationId)).findFirst()).map(m -> m.title()).orElse(mitigationId);
    }

    /** Rows of risk, measure, status and evidence for every measure the answers claim. */
    List<List<String>> measureRows() {
        return measureRows(factorsByLevel());
    }

    /** Rows of risk, measure, status and evidence for every measure the answers claim on {@code factors}. */
    List<List<String>> measureRows(List<FactorResult> factors) {
        List<List<String>> rows = new ArrayList<>();
        for (FactorResult f : factors) {
            for (MitigationClaim claim : f.mitigations()) {
                rows.add(List.of(f.title(), mitigationTitle(f, claim.id()), Wording.mitigationStatus(claim),
                        claim.evidence() == null || claim.evidence().isBlank() ? "none given" : claim.evidence().strip()));
            }
        }
        return rows;
    }

    /**
     * The titles of the measures stated as in place (implemented or verified, or given by id alone,
     * which reads as implemented) for the factors {@code which} accepts, once each, highest risk first.
     */
    List<String> measuresInPlace(java.util.function.Predicate<FactorResult> which) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (FactorResult f : factorsByLevel()) {
            if (which.test(f)) {
                f.mitigations().stream().filter(MitigationClaim::lowersRisk).forEach(c -> out.add(mitigationTitle(f, c.id())));
            }
        }
        return List.copyOf(out);
    }

    /** The measures stated as in place whose evidence the answers do not give, as "measure (risk)". */
    List<String> measuresInPlaceWithoutEvidence() {
        List<String> out = new ArrayList<>();
        for (FactorResult f : factorsByLevel()) {
            for (MitigationClaim claim : f.mitigations()) {
                if (claim.lowersRisk() && (claim.evidence() == null || claim.evidence().isBlank())) {
                    out.add(mitigationTitle(f, claim.id()) + " (" + f.title() + ")");
                }
            }
        }
        return out;
    }

    /** The factor with {@code id}, if the assessment rated it. */
    Optional<FactorResult> factor(String id) {
        return report.result().factors().stream().filter(f -> f.factorId().equals(id)).findFirst();
    }

    /** The provisions a factor engages, in the pack's order, as a reader writes them; empty if the pack maps none. */
    String engages(FactorResult f) {
        return String.join("; ", pack.engages(f.factorId()).stream().map(Citation::toString).toList());
    }

    /** A recommendation's title, else its id; "not named" when the id is missing. */
    String recommendationTitle(String id) {
        if (id == null) {
            return "not named";
        }
        return report.result().recommendations().stream().filter(r -> id.equals(r.id())).findFirst()
                .map(Recommendation::title).orElse(id);
    }

    /** The conditions the agency accepted, with owner, due date and state. */
    Part.Grid conditions(List<AcceptedCondition> conditions) {
        List<List<String>> rows = new ArrayList<>();
        for (AcceptedCondition c : conditions) {
            rows.add(List.of(recommendationTitle(c.recommendation()), c.owner() == null ? "not named" : c.owner(),
                    c.dueDate() == null ? "not set" : c.dueDate().toString(), c.metOn() == null ? "open" : "met on " + c.metOn()));
        }
        return new Part.Grid("Conditions the agency accepted", List.of("Condition", "Owner", "Due", "State"), rows);
    }

    /** The record's accepted conditions (if any), its next review, and the events that bring the review forward (if any). */
    List<Part> conditionsAndReview(AssessmentRecord record) {
        List<Part> parts = new ArrayList<>();
        if (!record.conditions().isEmpty()) {
            parts.add(conditions(record.conditions()));
        }
        parts.add(given("Next review", record.nextReview() == null ? null : record.nextReview().toString(),
                "The date of the next review of this assessment (assessment.nextReview)."));
        if (!record.reviewTriggers().isEmpty()) {
            parts.add(reviewTriggers(record.reviewTriggers()));
        }
        return parts;
    }

    /** The events that bring a review forward, in words. */
    static Part.Items reviewTriggers(List<ReviewTrigger> triggers) {
        return new Part.Items("Reviewed earlier if", Wording.sorted(triggers).stream().map(Wording::reviewTrigger).toList());
    }

    /** The findings of one rule set, in the order the engine gave them. */
    List<Finding> findings(String ruleSet) {
        return report.result().findings().stream().filter(f -> ruleSet.equals(f.ruleSet())).toList();
    }

    /** A statement when {@code value} is given, else a marker saying what is needed. */
    static Part given(String label, String value, String needed) {
        return value == null || value.isBlank() ? new Part.ToBeCompleted(label, needed) : new Part.Statement(label, value.strip());
    }

    /** A statement when {@code value} is present, else a marker saying what is needed. */
    static Part given(String label, Optional<String> value, String needed) {
        return given(label, value.orElse(null), needed);
    }

    /** "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
