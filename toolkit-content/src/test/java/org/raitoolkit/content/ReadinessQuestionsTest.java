package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.ReadinessQuestion;

/**
 * The readiness questions of the default pack after a legal adviser's review: each question asks
 * one thing, no two ask the same, each top answer can be evidenced, and the duties the review found
 * missing (the data protection officer, transfers abroad, staff use of generative AI) are asked.
 * Each test names the review point it guards.
 */
class ReadinessQuestionsTest {

    private static final List<ReadinessQuestion> QUESTIONS = ContentPacks.defaults().readinessQuestions();

    /** Above this share of shared words, two question texts are near-identical. */
    private static final double NEAR_IDENTICAL = 0.5;

    // --------------------------------------------------------------- one question, one duty

    @Test
    void should_ask_about_the_dpia_and_prior_consultation_in_separate_questions_when_the_pack_is_loaded() {
        // GIVEN the questions on the DPIA (LED Art. 27) and on prior consultation (LED Art. 28)
        List<ReadinessQuestion> dpia = textMatching(t -> t.contains("data protection impact assessment under art. 27"));
        List<ReadinessQuestion> consultation = textMatching(t -> t.contains("consult the supervisory authority"));

        // THEN each duty has its own question, and neither text cites the other's article
        assertThat(dpia).singleElement().satisfies(q -> assertThat(q.text()).doesNotContain("Art. 28"));
        assertThat(consultation).singleElement().satisfies(q -> {
            assertThat(q.text()).contains("Art. 28(1)");
            assertThat(q.dimension()).isEqualTo("LEGAL");
        });
        assertThat(dpia.get(0).id()).isNotEqualTo(consultation.get(0).id());
        assertThat(QUESTIONS).noneSatisfy(q -> assertThat(lawEnforcementArticles(q.text())).contains("27", "28"));
    }

    @Test
    void should_ask_about_monitoring_drift_and_switching_off_in_separate_questions_when_the_pack_is_loaded() {
        // GIVEN the three technology duties that used to share one answer
        Map<String, Predicate<String>> duties = new LinkedHashMap<>();
        duties.put("performance against thresholds", t -> t.contains("performance") && t.contains("threshold"));
        duties.put("drift", t -> t.contains("drift"));
        duties.put("switching off", t -> t.contains("switch off"));

        // WHEN each is looked up in the question texts
        List<List<ReadinessQuestion>> asked = duties.values().stream().map(ReadinessQuestionsTest::textMatching).toList();
        List<String> names = List.copyOf(duties.keySet());

        // THEN each is asked by exactly one technology question, and no question asks two of them
        for (int i = 0; i < names.size(); i++) {
            assertThat(asked.get(i)).as("questions on %s", names.get(i))
                    .singleElement().extracting(ReadinessQuestion::dimension).isEqualTo("TECHNOLOGY");
        }
        assertThat(asked.stream().map(l -> l.get(0).id()).distinct()).hasSize(3);
    }

    @Test
    void should_ask_about_data_subject_categories_and_facts_against_assessments_in_separate_questions_when_loaded() {
        // GIVEN the questions citing LED Art. 6 (categories of data subjects) and Art. 7(1) (facts and assessments)
        List<ReadinessQuestion> categories = textMatching(t -> t.contains("art. 6 of the law enforcement directive"));
        List<ReadinessQuestion> facts = textMatching(t -> t.contains("art. 7(1) of the law enforcement directive"));

        // THEN there is one of each, and they are different questions
        assertThat(categories).singleElement().extracting(ReadinessQuestion::dimension).isEqualTo("DATA");
        assertThat(facts).singleElement().extracting(ReadinessQuestion::dimension).isEqualTo("DATA");
        assertThat(categories.get(0).id()).isNotEqualTo(facts.get(0).id());
    }

    // ------------------------------------------------------------------ no two ask the same

    @Test
    void should_find_no_two_question_texts_near_identical_when_the_pack_is_loaded() {
        // GIVEN / WHEN every pair of question texts is compared
        List<String> nearIdentical = nearIdenticalPairs(QUESTIONS);

        // THEN none shares half its words or more with another
        assertThat(nearIdentical).isEmpty();
    }

    @Test
    void should_report_a_pair_as_near_identical_when_one_text_is_the_other_slightly_reworded() {
        // GIVEN the pack's questions plus a light rewording of its first question
        ReadinessQuestion first = QUESTIONS.get(0);
        ReadinessQuestion reworded = new ReadinessQuestion("RQ-STRATEGY-99", first.dimension(),
                first.text().replace("Does the agency have", "Has the agency got"), first.guidance(),
                first.principles(), first.weight(), first.critical());
        List<ReadinessQuestion> withCopy = new ArrayList<>(QUESTIONS);
        withCopy.add(reworded);

        // WHEN / THEN the check names that pair and no other
        assertThat(nearIdenticalPairs(withCopy)).containsExactly(first.id() + " ~ RQ-STRATEGY-99");
    }

    @Test
    void should_ask_who_may_refuse_suspend_or_withdraw_a_system_only_in_the_accountable_officer_question_when_loaded() {
        // GIVEN the questions on stopping a system (strategy and governance used to ask it twice)
        List<ReadinessQuestion> stopping = textMatching(t -> t.contains("suspend or withdraw")
                || t.contains("suspending or withdrawing"));

        // THEN it is one critical governance question, which also names the accountable chief officer
        assertThat(stopping).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo("GOVERNANCE-ACCOUNTABILITY");
            assertThat(q.critical()).isTrue();
            assertThat(q.text()).contains("personally accountable");
        });
    }

    @Test
    void should_cover_free_trials_and_specialist_sign_off_in_one_approval_gate_when_the_pack_is_loaded() {
        // GIVEN the questions that mention free trials (governance and procurement used to ask both)
        List<ReadinessQuestion> trials = matching(t -> t.contains("free trial"));

        // THEN one governance question holds the gate and the three sign-offs
        assertThat(trials).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo("GOVERNANCE-ACCOUNTABILITY");
            assertThat(q.text()).contains("legal services", "data protection officer", "information security");
        });
    }

    @Test
    void should_ask_about_outside_scrutiny_in_one_question_when_the_pack_is_loaded() {
        // GIVEN the questions on the oversight body and on civil society (governance and engagement used to ask both)
        List<ReadinessQuestion> scrutiny = textMatching(t -> t.contains("oversight body") || t.contains("civil society"));

        // THEN one question covers the oversight body, the supervisory authority and civil society
        assertThat(scrutiny).singleElement().satisfies(q ->
                assertThat(q.text()).contains("oversight body", "data protection supervisory authority", "civil society"));
    }

    @Test
    void should_ask_about_ai_training_and_briefing_of_decision_makers_in_one_question_when_the_pack_is_loaded() {
        // GIVEN the people questions on AI literacy and on briefing those who approve projects
        List<ReadinessQuestion> training = textMatching(t -> t.contains("literacy") || t.contains("briefing"));

        // THEN one question asks both, including the people who approve AI projects
        assertThat(training).singleElement().satisfies(q -> {
            assertThat(q.dimension()).isEqualTo("PEOPLE");
            assertThat(q.text()).contains("approve AI projects");
        });
    }

    // -------------------------------------------------------- answerable, with evidence

    @Test
    void should_ask_about_specific_skills_and_independent_review_instead_of_mixed_backgrounds_when_loaded() {
        // GIVEN / WHEN the question on the make-up of AI project teams
        List<ReadinessQuestion> teams = textMatching(t -> t.contains("skills the team must include"));

        // THEN it names the skills and asks for a reviewer independent of sponsor and supplier
        assertThat(matching(t -> t.contains("mixed in background"))).isEmpty();
        assertThat(teams).singleElement().satisfies(q -> assertThat(q.text())
                .contains("statistics", "data protection law", "human-rights law", "reports neither to the project sponsor"));
    }

    @Test
    void should_ask_how_public_confidence_is_measured_for_the_groups_most_affected_when_the_pack_is_loaded() {
        // GIVEN / WHEN the question on public confidence
        List<ReadinessQuestion> confidence = textMatching(t -> t.contains("public confidence"));

        // THEN it asks for a measure per use, by the groups most affected, and what was changed
        assertThat(matching(t -> t.contains("by community"))).isEmpty();
        assertThat(confidence).singleElement().satisfies(q -> assertThat(q.text())
                .contains("each of its uses of AI", "groups most affected", "changed in response"));
    }

    @Test
    void should_anchor_every_answer_level_from_0_to_4_without_unverifiable_wording_when_the_pack_is_loaded() {
        // GIVEN wording that no evidence can show, found in earlier anchors
        List<String> unverifiable = List.of("as far as the agency can tell", "throughout the life", "mixed in background");

        // THEN every question anchors each level in order, and none uses that wording
        assertThat(QUESTIONS).allSatisfy(q -> {
            int previous = -1;
            for (int level = 0; level <= 4; level++) {
                int at = q.guidance().indexOf(level + ": ");
                assertThat(at).as("level %d anchored in %s", level, q.id()).isGreaterThan(previous);
                previous = at;
            }
            String all = (q.text() + " " + q.guidance()).toLowerCase(Locale.ROOT);
            assertThat(unverifiable).as("wording in %s", q.id()).noneMatch(all::contains);
        });
    }

    // ------------------------------------------------------------------- the added duties

    @Test
    void should_ask_about_the_data_protection_officer_citing_led_articles_32_to_34_when_the_pack_is_loaded() {
        // GIVEN / WHEN the question on designating the data protection officer
        List<ReadinessQuestion> dpo = textMatching(t -> t.contains("designated a data protection officer"));

        // THEN it cites the three articles and asks about involvement, resources, reporting line and instructions
        assertThat(dpo).singleElement().satisfies(q -> {
            assertThat(lawEnforcementArticles(q.text())).contains("32", "33", "34");
            assertThat(q.text()).contains("Art. 33(1)", "Art. 33(2)", "in good time", "resources", "report to the chief officer",
                    "no instructions");
            assertThat(q.critical()).isTrue();
        });
    }

    @Test
    void should_ask_about_transfers_abroad_citing_chapter_v_of_the_led_when_the_pack_is_loaded() {
        // GIVEN / WHEN the question on sending AI data and outputs outside the EU
        List<ReadinessQuestion> transfers = textMatching(t -> t.contains("chapter v"));

        // THEN it cites Art. 35 to 40, covers data used and produced by AI, and its anchors ask for records and agreements
        assertThat(transfers).singleElement().satisfies(q -> {
            assertThat(q.text()).contains("Chapter V of the Law Enforcement Directive (Art. 35 to 40)", "used by or produced by",
                    "third country", "international organisation");
            assertThat(q.guidance()).contains("Art. 35(1)(c)", "Art. 35(1)(e)", "Art. 37(3)", "Art. 38(2)", "Art. 39",
                    "partner agencies");
        });
    }

    @Test
    void should_ask_about_a_policy_on_staff_use_of_generative_ai_tools_when_the_pack_is_loaded() {
        // GIVEN / WHEN the question on general-purpose and generative AI tools
        List<ReadinessQuestion> policy = textMatching(t -> t.contains("generative ai tools"));

        // THEN it asks for approved tools, what may be entered, checking of outputs and recording in the case file
        assertThat(policy).singleElement().satisfies(q -> assertThat(q.text())
                .contains("approved tools", "may and may not be entered", "outputs to be checked", "recorded in the case file"));
    }

    // -------------------------------------------------------------------------------- ids

    @Test
    void should_number_each_question_in_its_dimension_series_and_retire_merged_ids_when_the_pack_is_loaded() {
        // GIVEN the ids merged into other questions or replaced, which must not return with another meaning
        Set<String> retired = Set.of("RQ-STRATEGY-06", "RQ-PEOPLE-04", "RQ-PEOPLE-05", "RQ-PROCUREMENT-01", "RQ-ENGAGEMENT-04");

        // THEN every id is RQ-<first word of its dimension>-NN, unique, and none is retired
        assertThat(QUESTIONS).allSatisfy(q -> assertThat(q.id())
                .matches("RQ-" + Pattern.quote(q.dimension().split("-")[0]) + "-\\d\\d"));
        assertThat(QUESTIONS).extracting(ReadinessQuestion::id).doesNotHaveDuplicates().doesNotContainAnyElementsOf(retired);
    }

    // ---------------------------------------------------------------------------- helpers

    private static List<ReadinessQuestion> textMatching(Predicate<String> lowerCaseText) {
        return QUESTIONS.stream().filter(q -> lowerCaseText.test(q.text().toLowerCase(Locale.ROOT))).toList();
    }

    private static List<ReadinessQuestion> matching(Predicate<String> lowerCaseTextOrGuidance) {
        return QUESTIONS.stream()
                .filter(q -> lowerCaseTextOrGuidance.test((q.text() + " " + q.guidance()).toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Article numbers a text cites as "Art. N" where it also names the Law Enforcement Directive. */
    private static Set<String> lawEnforcementArticles(String text) {
        Set<String> articles = new HashSet<>();
        if (text.contains("Law Enforcement Directive") || text.contains("2016/680")) {
            Matcher m = Pattern.compile("Art\\. (\\d+)").matcher(text);
            while (m.find()) {
                articles.add(m.group(1));
            }
        }
        return articles;
    }

    /** Pairs whose texts share at least {@link #NEAR_IDENTICAL} of their words (Jaccard, words of four letters or more). */
    private static List<String> nearIdenticalPairs(List<ReadinessQuestion> questions) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Set<String> a = words(questions.get(i).text());
            for (int j = i + 1; j < questions.size(); j++) {
                Set<String> b = words(questions.get(j).text());
                Set<String> shared = new HashSet<>(a);
                shared.retainAll(b);
                Set<String> union = new HashSet<>(a);
                union.addAll(b);
                if (!union.isEmpty() && (double) shared.size() / union.size() >= NEAR_IDENTICAL) {
                    pairs.add(questions.get(i).id() + " ~ " + questions.get(j).id());
                }
            }
        }
        return pairs;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        return words;
    }
}
