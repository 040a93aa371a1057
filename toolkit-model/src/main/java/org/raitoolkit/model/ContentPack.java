package org.raitoolkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the assessments read that is not code: principles, questions, risk factors,
 * workbook items, roadmap, recommendations, glossary, the scoring scales, the introductory guide, the
 * instruments that citations name and the crosswalks to the instruments an agency answers to.
 * Immutable; load one
 * with the content module ({@code ContentPacks.defaults()} or {@code ContentPacks.load(path)}),
 * which checks that every reference resolves.
 *
 * @param manifest which pack this is
 * @param principles the core principles with their instrumental principles
 * @param dimensions the readiness dimensions
 * @param readinessQuestions the readiness questions
 * @param riskFactors the risk factors
 * @param workbookItems the workbook items
 * @param roadmap the roadmap phases, in order
 * @param recommendations the recommendation catalogue
 * @param glossary the glossary
 * @param scoring the scales, bands, thresholds and aggravations
 * @param guide the introductory guide to AI for law enforcement
 * @param instruments the laws, conventions, standards and frameworks that citations name
 * @param crosswalks for each principle, risk factor and readiness dimension, the provisions it
 *     engages in laws, conventions and frameworks; empty for a pack without crosswalks
 */
public record ContentPack(
        @NotNull @Valid PackManifest manifest,
        @NotEmpty List<@NotNull @Valid Principle> principles,
        @NotEmpty List<@NotNull @Valid ReadinessDimension> dimensions,
        @NotEmpty List<@NotNull @Valid ReadinessQuestion> readinessQuestions,
        @NotEmpty List<@NotNull @Valid RiskFactor> riskFactors,
        @NotEmpty List<@NotNull @Valid WorkbookItem> workbookItems,
        @NotEmpty List<@NotNull @Valid RoadmapPhase> roadmap,
        @NotNull List<@NotNull @Valid RecommendationTemplate> recommendations,
        @NotNull List<@NotNull @Valid GlossaryTerm> glossary,
        @NotNull @Valid ScoringPolicy scoring,
        @NotNull @Valid Guide guide,
        @NotNull @Valid Instruments instruments,
        @NotNull List<@NotNull @Valid CrosswalkEntry> crosswalks) {

    public ContentPack {
        principles = Lists.copy(principles);
        dimensions = Lists.copy(dimensions);
        readinessQuestions = Lists.copy(readinessQuestions);
        riskFactors = Lists.copy(riskFactors);
        workbookItems = Lists.copy(workbookItems);
        roadmap = Lists.copy(roadmap);
        recommendations = Lists.copy(recommendations);
        glossary = Lists.copy(glossary);
        crosswalks = Lists.copy(crosswalks);
    }

    /**
     * A pack without a guide, as packs were before the guide was added; kept so that code that
     * builds packs by hand still compiles.
     */
    public ContentPack(PackManifest manifest, List<Principle> principles, List<ReadinessDimension> dimensions,
            List<ReadinessQuestion> readinessQuestions, List<RiskFactor> riskFactors, List<WorkbookItem> workbookItems,
            List<RoadmapPhase> roadmap, List<RecommendationTemplate> recommendations, List<GlossaryTerm> glossary,
            ScoringPolicy scoring) {
        this(manifest, principles, dimensions, readinessQuestions, riskFactors, workbookItems, roadmap,
                recommendations, glossary, scoring, Guide.none());
    }

    /**
     * A pack without a list of instruments or crosswalks, as packs were before citations were
     * checked; kept so that code that builds packs by hand still compiles.
     */
    public ContentPack(PackManifest manifest, List<Principle> principles, List<ReadinessDimension> dimensions,
            List<ReadinessQuestion> readinessQuestions, List<RiskFactor> riskFactors, List<WorkbookItem> workbookItems,
            List<RoadmapPhase> roadmap, List<RecommendationTemplate> recommendations, List<GlossaryTerm> glossary,
            ScoringPolicy scoring, Guide guide) {
        this(manifest, principles, dimensions, readinessQuestions, riskFactors, workbookItems, roadmap,
                recommendations, glossary, scoring, guide, Instruments.none(), List.of());
    }

    /**
     * A pack without crosswalks, as packs were before crosswalks were added; kept so that code
     * that builds packs by hand still compiles.
     */
    public ContentPack(PackManifest manifest, List<Principle> principles, List<ReadinessDimension> dimensions,
            List<ReadinessQuestion> readinessQuestions, List<RiskFactor> riskFactors, List<WorkbookItem> workbookItems,
            List<RoadmapPhase> roadmap, List<RecommendationTemplate> recommendations, List<GlossaryTerm> glossary,
            ScoringPolicy scoring, Guide guide, Instruments instruments) {
        this(manifest, principles, dimensions, readinessQuestions, riskFactors, workbookItems, roadmap,
                recommendations, glossary, scoring, guide, instruments, List.of());
    }

    /**
     * The provisions that the principle, risk factor or readiness dimension {@code subject}
     * engages, in the order the crosswalk gives them; empty if the pack maps none for it.
     */
    public List<Citation> engages(String subject) {
        return crosswalk(subject).map(CrosswalkEntry::engages).orElse(List.of());
    }

    /** The crosswalk entry for {@code subject}. */
    public Optional<CrosswalkEntry> crosswalk(String subject) {
        return crosswalks.stream().filter(c -> c.subject().equals(subject)).findFirst();
    }

    /** The glossary term with {@code id}. */
    public Optional<GlossaryTerm> glossaryTerm(String id) {
        return glossary.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The term of the glossary entry {@code id}, or the id itself if there is none. */
    public String glossaryTermName(String id) {
        return glossaryTerm(id).map(GlossaryTerm::term).orElse(id);
    }

    /** Every instrumental principle, in catalogue order. */
    public List<InstrumentalPrinciple> instrumentalPrinciples() {
        return principles.stream().flatMap(p -> p.instrumentalPrinciples().stream()).toList();
    }

    /** The core principle that {@code instrumentalId} belongs to. */
    public Optional<Principle> coreOf(String instrumentalId) {
        return principles.stream()
                .filter(p -> p.instrumentalPrinciples().stream().anyMatch(i -> i.id().equals(instrumentalId)))
                .findFirst();
    }

    /** The core principle with {@code id}. */
    public Optional<Principle> principle(String id) {
        return principles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The risk factor with {@code id}. */
    public Optional<RiskFactor> riskFactor(String id) {
        return riskFactors.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The readiness question with {@code id}. */
    public Optional<ReadinessQuestion> readinessQuestion(String id) {
        return readinessQuestions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The readiness dimension with {@code id}. */
    public Optional<ReadinessDimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The workbook item with {@code id}. */
    public Optional<WorkbookItem> workbookItem(String id) {
        return workbookItems.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** The workbook items of one life-cycle stage, in catalogue order. */
    public List<WorkbookItem> workbookItems(LifecycleStage stage) {
        return workbookItems.stream().filter(w -> w.stage() == stage).toList();
    }

    /** The name of a core or instrumental principle, or the id itself if there is none. */
    public String principleName(String id) {
        return Stream.concat(
                        principles.stream().filter(p -> p.id().equals(id)).map(Principle::name),
                        instrumentalPrinciples().stream().filter(i -> i.id().equals(id)).map(InstrumentalPrinciple::name))
                .findFirst()
                .orElse(id);
    }
}
