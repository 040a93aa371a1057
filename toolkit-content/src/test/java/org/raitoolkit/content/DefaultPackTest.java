package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InstrumentalPrinciple;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.PackManifest;
import org.raitoolkit.model.Principle;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.WorkbookItem;

/**
 * The built-in pack loads, passes every check, and holds at least what the toolkit needs: the
 * principle catalogue, eight readiness dimensions, the risk factors, the workbook, the roadmap
 * and the glossary.
 */
class DefaultPackTest {

    @Test
    void should_load_and_validate_when_the_default_pack_is_read() {
        // GIVEN / WHEN
        ContentPack pack = ContentPacks.defaults();
        // THEN
        assertThat(pack.manifest().id()).isEqualTo("RAI-TOOLKIT-DEFAULT");
        assertThat(pack.manifest().language()).isEqualTo("en");
    }

    @Test
    void should_share_one_pack_when_asked_twice() {
        // GIVEN / WHEN / THEN
        assertThat(ContentPacks.defaults()).isSameAs(ContentPacks.defaults());
    }

    @Test
    void should_hold_the_five_principles_and_seventeen_instrumental_principles_when_loaded() {
        // GIVEN
        ContentPack pack = ContentPacks.defaults();
        // WHEN
        Map<String, List<String>> catalogue = pack.principles().stream().collect(Collectors.toMap(Principle::id,
                p -> p.instrumentalPrinciples().stream().map(InstrumentalPrinciple::id).toList()));
        // THEN
        assertThat(catalogue).containsOnlyKeys("LAW", "HARM", "AUTONOMY", "FAIRNESS", "GOVERNANCE");
        assertThat(catalogue.get("LAW")).containsExactly("LAW.LEGITIMACY", "LAW.NECESSITY", "LAW.PROPORTIONALITY");
        assertThat(catalogue.get("HARM")).containsExactly("HARM.WELLBEING", "HARM.ROBUSTNESS", "HARM.ACCURACY", "HARM.EFFICIENCY");
        assertThat(catalogue.get("AUTONOMY")).containsExactly("AUTONOMY.AGENCY", "AUTONOMY.OVERSIGHT", "AUTONOMY.PRIVACY",
                "AUTONOMY.TRANSPARENCY");
        assertThat(catalogue.get("FAIRNESS")).containsExactly("FAIRNESS.EQUALITY", "FAIRNESS.DIVERSITY", "FAIRNESS.VULNERABLE",
                "FAIRNESS.REDRESS");
        assertThat(catalogue.get("GOVERNANCE")).containsExactly("GOVERNANCE.ACCOUNTABILITY", "GOVERNANCE.TRACEABILITY");
        assertThat(pack.instrumentalPrinciples()).hasSize(17).allSatisfy(i -> assertThat(i.meaning()).isNotBlank());
    }

    @Test
    void should_have_eight_dimensions_with_five_questions_each_when_loaded() {
        // GIVEN
        ContentPack pack = ContentPacks.defaults();
        // WHEN
        Map<String, Long> perDimension = pack.readinessQuestions().stream()
                .collect(Collectors.groupingBy(q -> q.dimension(), Collectors.counting()));
        // THEN
        assertThat(pack.dimensions()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(pack.dimensions()).allSatisfy(d -> assertThat(perDimension.getOrDefault(d.id(), 0L))
                .as("questions in %s", d.id()).isGreaterThanOrEqualTo(5));
    }

    @Test
    void should_have_risk_factors_with_two_mitigations_covering_every_principle_when_loaded() {
        // GIVEN
        ContentPack pack = ContentPacks.defaults();
        // WHEN
        Set<String> covered = pack.riskFactors().stream().flatMap(f -> f.principles().stream()).collect(Collectors.toSet());
        // THEN
        assertThat(pack.riskFactors()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(pack.riskFactors()).allSatisfy(f -> assertThat(f.mitigations()).as("mitigations of %s", f.id()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(covered).containsAll(pack.instrumentalPrinciples().stream().map(InstrumentalPrinciple::id).toList());
        assertThat(pack.riskFactors()).extracting(RiskFactor::id).doesNotHaveDuplicates();
    }

    @Test
    void should_have_workbook_items_for_every_stage_and_principle_when_loaded() {
        // GIVEN
        ContentPack pack = ContentPacks.defaults();
        // WHEN
        Set<LifecycleStage> stages = pack.workbookItems().stream().map(WorkbookItem::stage).collect(Collectors.toSet());
        // THEN
        assertThat(pack.workbookItems()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(stages).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(LifecycleStage.class));
        for (LifecycleStage stage : LifecycleStage.values()) {
            Set<String> cores = pack.workbookItems(stage).stream()
                    .map(w -> pack.coreOf(w.principle()).map(Principle::id).orElseThrow())
                    .collect(Collectors.toSet());
            assertThat(cores).as("core principles served in %s", stage)
                    .containsExactlyInAnyOrder("LAW", "HARM", "AUTONOMY", "FAIRNESS", "GOVERNANCE");
        }
    }

    @Test
    void should_have_six_roadmap_phases_and_a_glossary_when_loaded() {
        // GIVEN
        ContentPack pack = ContentPacks.defaults();
        // WHEN / THEN
        assertThat(pack.roadmap()).hasSize(6).allSatisfy(p -> assertThat(p.actions()).isNotEmpty());
        assertThat(pack.glossary()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(pack.recommendations()).isNotEmpty();
    }

    @Test
    void should_find_no_problem_when_the_default_pack_is_checked() {
        // GIVEN
        ContentPack pack = ContentPacks.defaults();
        // WHEN
        List<org.raitoolkit.model.Problem> problems = ContentPacks.check(pack);
        // THEN
        assertThat(problems).isEmpty();
    }

    @Test
    void should_check_a_copy_of_the_default_pack_in_full_when_it_was_changed() {
        // GIVEN the default pack with a manifest that has no id
        ContentPack pack = ContentPacks.defaults();
        PackManifest manifest = pack.manifest();
        ContentPack changed = new ContentPack(new PackManifest("", manifest.version(), manifest.language(),
                manifest.title(), manifest.description()), pack.principles(), pack.dimensions(), pack.readinessQuestions(),
                pack.riskFactors(), pack.workbookItems(), pack.roadmap(), pack.recommendations(), pack.glossary(), pack.scoring());
        // WHEN
        List<org.raitoolkit.model.Problem> problems = ContentPacks.check(changed);
        // THEN
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/manifest/id");
            assertThat(p.message()).contains("must not be blank");
        });
    }
}
