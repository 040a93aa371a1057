package org.raitoolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.raitoolkit.content.Located.at;
import static org.raitoolkit.content.Located.inFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.MaturityLevel;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.model.WorkbookStatus;

/**
 * Answer and profile files are read with the same checks and error quality as a pack. The factor,
 * question and item ids come from the default pack at run time, so the tests follow its content.
 */
class AnswerFilesTest {

    private static final ContentPack PACK = ContentPacks.defaults();

    private static final AnswerFiles FILES = AnswerFiles.forPack(PACK);

    /** Retrospective facial recognition against custody images, with a legal basis and human review. */
    private static final List<String> PROFILE = List.of(
            "system:",
            "  name: Retrospective facial recognition",
            "  purpose: Compare images of unidentified suspects against the custody-image database",
            "  applicationArea: IMAGE_ANALYSIS",
            "  lifecycleStage: DEPLOYMENT",
            "  legalBasis: YES",
            "  processesBiometricData: true",
            "  processesPersonalData: true",
            "  humanReviewOfOutputs: true",
            "  sourcing: SUPPLIER",
            "  dataSources: [CUSTODY_IMAGES, CCTV_AND_VIDEO]");

    private static final SystemProfile SYSTEM = SystemProfile.builder()
            .name("Retrospective facial recognition")
            .purpose("Compare images of unidentified suspects against the custody-image database")
            .applicationArea(ApplicationArea.IMAGE_ANALYSIS)
            .lifecycleStage(org.raitoolkit.model.LifecycleStage.DEPLOYMENT)
            .legalBasis(LegalBasis.YES)
            .processesBiometricData(true)
            .processesPersonalData(true)
            .humanReviewOfOutputs(true)
            .sourcing(org.raitoolkit.model.Sourcing.SUPPLIER)
            .dataSources(java.util.Set.of(DataSource.CUSTODY_IMAGES, DataSource.CCTV_AND_VIDEO))
            .build();

    @TempDir
    Path dir;

    private static List<RiskFactor> applicable() {
        return PACK.riskFactors().stream().filter(f -> f.appliesTo(SYSTEM)).toList();
    }

    private static RiskFactor notApplicable() {
        return PACK.riskFactors().stream().filter(f -> !f.appliesTo(SYSTEM)).findFirst()
                .orElseThrow(() -> new IllegalStateException("every factor of the default pack applies to " + SYSTEM.name()));
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static InvalidInputException fails(ThrowingCallable read) {
        InvalidInputException[] thrown = new InvalidInputException[1];
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(read).satisfies(e -> thrown[0] = e);
        return thrown[0];
    }

    @Test
    void should_read_a_risk_file_when_every_applicable_factor_is_rated() throws IOException {
        // GIVEN a rating for each applicable factor, one with UNGP criteria and a mitigation in place
        List<String> lines = new ArrayList<>(PROFILE);
        lines.add("ratings:");
        List<RiskFactor> factors = applicable();
        RiskFactor first = factors.get(0);
        lines.add("  " + first.id() + ": { likelihood: LIKELY, severity: { scale: 4, scope: 2, irremediability: 4 },"
                + " mitigations: [" + first.mitigations().get(0).id() + "] }");
        factors.stream().skip(1).forEach(f -> lines.add("  " + f.id() + ": { likelihood: 2, severity: MAJOR }"));
        Path file = write("risk.yaml", lines);
        // WHEN
        RiskAnswers answers = FILES.readRisk(file);
        // THEN
        assertThat(answers.system()).isEqualTo(SYSTEM);
        assertThat(answers.ratings()).hasSize(factors.size());
        assertThat(answers.ratings().get(first.id()).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(answers.ratings().get(first.id()).severityCriteria().irremediability()).isEqualTo(4);
        assertThat(answers.ratings().get(first.id()).severity()).isNull();
    }

    @Test
    void should_report_every_problem_with_its_line_when_risk_ratings_do_not_fit_the_pack() throws IOException {
        // GIVEN one applicable factor left unrated, one factor rated that does not apply, an unknown
        // factor, and an unknown mitigation
        List<RiskFactor> factors = applicable();
        RiskFactor missing = factors.get(factors.size() - 1);
        RiskFactor rated = factors.get(0);
        RiskFactor wrong = notApplicable();
        List<String> lines = new ArrayList<>(PROFILE);
        lines.add("ratings:");
        lines.add("  " + rated.id() + ": { likelihood: 3, severity: 3, mitigations: [MIT-NO-SUCH-MEASURE] }");
        int unknownMitigation = lines.size();
        factors.stream().skip(1).limit(factors.size() - 2L).forEach(f -> lines.add("  " + f.id() + ": { likelihood: 3, severity: 3 }"));
        lines.add("  " + wrong.id() + ": { likelihood: 2, severity: 2 }");
        int notApplicable = lines.size();
        lines.add("  RF-NO-SUCH-FACTOR: { likelihood: 2, severity: 2 }");
        int unknown = lines.size();
        Path file = write("risk.yaml", lines);
        // WHEN
        InvalidInputException e = fails(() -> FILES.readRisk(file));
        // THEN
        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems()).anySatisfy(at("risk.yaml", unknownMitigation, "/ratings/" + rated.id() + "/mitigations/0",
                "unknown mitigation 'MIT-NO-SUCH-MEASURE'", "allowed: [" + rated.mitigations().get(0).id()));
        assertThat(e.problems()).anySatisfy(at("risk.yaml", notApplicable, "/ratings/" + wrong.id(),
                "risk factor '" + wrong.id() + "' does not apply to this system (it applies when "));
        assertThat(e.problems()).anySatisfy(at("risk.yaml", unknown, "/ratings/RF-NO-SUCH-FACTOR",
                "unknown risk factor 'RF-NO-SUCH-FACTOR'; the factors that apply to this system are [" + rated.id()));
        assertThat(e.problems()).anySatisfy(inFile("risk.yaml", "/ratings", "missing rating for risk factor '" + missing.id() + "'"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void should_list_the_scale_when_a_rating_is_off_it() throws IOException {
        // GIVEN a likelihood of 6 and a UNGP scale of 7
        List<String> lines = new ArrayList<>(PROFILE);
        lines.add("ratings:");
        lines.add("  " + applicable().get(0).id() + ":");
        lines.add("    likelihood: 6");
        int likelihood = lines.size();
        lines.add("    severity: { scale: 7, scope: 2, irremediability: 3 }");
        int scale = lines.size();
        Path file = write("risk.yaml", lines);
        // WHEN
        InvalidInputException e = fails(() -> FILES.readRisk(file));
        // THEN
        String factor = "/ratings/" + applicable().get(0).id();
        assertThat(e.problems()).anySatisfy(at("risk.yaml", likelihood, factor + "/likelihood",
                "'6' is not allowed; allowed: 1 (RARE), 2 (UNLIKELY), 3 (POSSIBLE), 4 (LIKELY), 5 (ALMOST_CERTAIN)"));
        assertThat(e.problems()).anySatisfy(at("risk.yaml", scale, factor + "/severityCriteria/scale",
                "must be less than or equal to 5", "found: 7"));
    }

    @Test
    void should_ask_for_one_form_of_severity_when_a_rating_has_none() throws IOException {
        // GIVEN a rating with a likelihood only
        List<String> lines = new ArrayList<>(PROFILE);
        lines.add("ratings:");
        lines.add("  " + applicable().get(0).id() + ": { likelihood: 2 }");
        Path file = write("risk.yaml", lines);
        // WHEN
        InvalidInputException e = fails(() -> FILES.readRisk(file));
        // THEN
        assertThat(e.problems()).anySatisfy(at("risk.yaml", lines.size(), "/ratings/" + applicable().get(0).id() + "/severityGivenOnce",
                "give severity either as 1-5 or as {scale, scope, irremediability}, exactly one"));
    }

    @Test
    void should_list_the_profile_properties_when_a_profile_has_an_unknown_one() throws IOException {
        // GIVEN a profile file with a misspelt fact and no application area
        Path file = write("profile.yaml", List.of(
                "name: Number-plate recognition",
                "purpose: Read number plates on a motorway",
                "lifecycleStage: DEPLOYMENT",
                "legalBasis: YES",
                "realtime: true"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readProfile(file));
        // THEN
        assertThat(e.problems()).anySatisfy(at("profile.yaml", 5, "/realtime",
                "unknown property 'realtime'; allowed: name, purpose, applicationArea,", "realTime", "; did you mean 'realTime'?"));
    }

    @Test
    void should_say_what_is_missing_when_a_profile_lacks_a_required_value() throws IOException {
        // GIVEN a profile without an application area
        Path file = write("profile.yaml", List.of(
                "name: Number-plate recognition",
                "purpose: Read number plates on a motorway",
                "lifecycleStage: DEPLOYMENT",
                "legalBasis: YES",
                "sourcing: IN_HOUSE"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readProfile(file));
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("profile.yaml", "/applicationArea", "must not be null"));
    }

    @Test
    void should_read_maturity_answers_when_given_as_numbers_or_names() throws IOException {
        // GIVEN three answers written three ways
        List<String> ids = PACK.readinessQuestions().stream().limit(3).map(q -> q.id()).toList();
        Path file = write("readiness.yaml", List.of(
                "agency: Example Constabulary",
                "answers:",
                "  " + ids.get(0) + ": 3",
                "  " + ids.get(1) + ": unknown",
                "  " + ids.get(2) + ": \"0\""));
        // WHEN
        ReadinessAnswers answers = FILES.readReadiness(file);
        // THEN
        assertThat(answers.answers()).containsEntry(ids.get(0), MaturityLevel.ESTABLISHED)
                .containsEntry(ids.get(1), MaturityLevel.UNKNOWN)
                .containsEntry(ids.get(2), MaturityLevel.NOT_IN_PLACE);
    }

    @Test
    void should_report_line_and_allowed_values_when_a_readiness_answer_is_off_the_scale() throws IOException {
        // GIVEN an answer of 5 on the 0-4 scale
        String id = PACK.readinessQuestions().get(0).id();
        Path file = write("readiness.yaml", List.of("agency: Example Constabulary", "answers:", "  " + id + ": 5"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readReadiness(file));
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("readiness.yaml", 3, "/answers/" + id,
                "'5' is not allowed; allowed: 0 (NOT_IN_PLACE), 1 (INITIAL), 2 (DEVELOPING), 3 (ESTABLISHED), 4 (OPTIMISED), UNKNOWN"));
    }

    @Test
    void should_list_the_question_ids_when_a_readiness_answer_names_an_unknown_question() throws IOException {
        // GIVEN readiness answers as JSON, the second for a question the pack does not have
        String id = PACK.readinessQuestions().get(0).id();
        Path file = write("readiness.json", List.of(
                "{\"agency\": \"Example Constabulary\", \"answers\": {",
                "  \"" + id + "\": 2,",
                "  \"RQ-NO-SUCH-QUESTION\": 2",
                "}}"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readReadiness(file));
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("readiness.json", 3, "/answers/RQ-NO-SUCH-QUESTION",
                "unknown readiness question 'RQ-NO-SUCH-QUESTION'; allowed: " + PACK.readinessQuestions().size()
                        + " ids, the closest [RQ-"));
    }

    @Test
    void should_report_every_workbook_problem_when_statuses_and_ids_are_wrong() throws IOException {
        // GIVEN a status that does not exist, and an item the pack does not have
        String id = PACK.workbookItems().get(0).id();
        Path file = write("workbook.yaml", List.of(
                "system: Retrospective facial recognition",
                "answers:",
                "  " + id + ": FINISHED",
                "  WB-NO-SUCH-ITEM: DONE"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readWorkbook(file));
        // THEN both are reported in one run: the status, and the unknown item
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).satisfies(at("workbook.yaml", 3, "/answers/" + id,
                "'FINISHED' is not allowed; allowed: DONE, PARTIAL, NOT_DONE, NOT_APPLICABLE"));
        assertThat(e.problems().get(1)).satisfies(at("workbook.yaml", 4, "/answers/WB-NO-SUCH-ITEM",
                "unknown workbook item 'WB-NO-SUCH-ITEM'"));
    }

    @Test
    void should_list_the_items_when_a_workbook_answer_names_an_unknown_item() throws IOException {
        // GIVEN
        String id = PACK.workbookItems().get(0).id();
        Path file = write("workbook.yaml", List.of(
                "system: Retrospective facial recognition",
                "answers:",
                "  " + id + ": partial",
                "  WB-NO-SUCH-ITEM: DONE"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readWorkbook(file));
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("workbook.yaml", 4, "/answers/WB-NO-SUCH-ITEM",
                "unknown workbook item 'WB-NO-SUCH-ITEM'; allowed: " + PACK.workbookItems().size() + " ids, the closest [WB-"));
    }

    @Test
    void should_read_workbook_statuses_when_they_are_valid() throws IOException {
        // GIVEN
        String id = PACK.workbookItems().get(0).id();
        Path file = write("workbook.yaml", List.of("system: Retrospective facial recognition", "answers:", "  " + id + ": not-applicable"));
        // WHEN
        WorkbookAnswers answers = FILES.readWorkbook(file);
        // THEN
        assertThat(answers.answers()).containsExactly(java.util.Map.entry(id, WorkbookStatus.NOT_APPLICABLE));
    }

    @Test
    void should_name_the_file_when_it_does_not_exist() {
        // GIVEN
        Path file = dir.resolve("nowhere.yaml");
        // WHEN
        InvalidInputException e = fails(() -> FILES.readReadiness(file));
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("nowhere.yaml", "", "no such file"));
    }

    @Test
    void should_give_the_size_and_the_limit_when_an_answer_file_is_oversized() throws IOException {
        // GIVEN a reader that takes at most 64 bytes
        Path file = write("readiness.yaml", List.of("agency: Example Constabulary", "answers: {}", "# " + "x".repeat(100)));
        AnswerFiles small = AnswerFiles.forPack(PACK, ReadLimits.DEFAULTS.withMaxFileBytes(64));
        // WHEN
        InvalidInputException e = fails(() -> small.readReadiness(file));
        // THEN
        assertThat(e.problems()).singleElement().satisfies(inFile("readiness.yaml", "", "bytes; the largest allowed is 64 bytes"));
    }

    @Test
    void should_give_the_place_and_the_limit_when_an_answer_file_nests_deeper_than_the_limit() throws IOException {
        // GIVEN a rationale nested 25 lists deep, past the default of 20 levels
        RiskFactor factor = applicable().get(0);
        List<String> lines = new ArrayList<>(PROFILE);
        lines.add("ratings:");
        lines.add("  " + factor.id() + ": { likelihood: 2, severity: 2, rationale: " + "[".repeat(25) + "]".repeat(25) + " }");
        int line = lines.size();
        Path file = write("deep.yaml", lines);
        // WHEN
        InvalidInputException e = fails(() -> FILES.readRisk(file));
        // THEN the deepest level allowed is named, at the list that goes past it
        assertThat(e.problems()).anySatisfy(at("deep.yaml", line, "/ratings/" + factor.id() + "/rationale(/0)+",
                "nested deeper than 20 levels"));
    }

    @Test
    void should_give_the_place_and_the_limit_when_an_answer_text_is_longer_than_the_limit() throws IOException {
        // GIVEN a system purpose one character past the default 20,000
        List<String> lines = new ArrayList<>(PROFILE);
        lines.set(2, "  purpose: " + "p".repeat(20_001));
        Path file = write("long.yaml", lines);
        // WHEN
        InvalidInputException e = fails(() -> FILES.readSystem(file));
        // THEN
        assertThat(e.problems()).singleElement().satisfies(at("long.yaml", 3, "/system/purpose",
                "text is 20001 characters; the longest allowed is 20000"));
    }

    @Test
    void should_give_the_place_and_the_limit_when_an_answer_key_is_longer_than_the_limit() throws IOException {
        // GIVEN a readiness answer whose question id is one character past the default 20,000 (as
        // JSON: YAML itself allows plain keys of at most 1,024 characters)
        Path file = write("key.json", List.of("{\"agency\": \"Example Constabulary\",", "\"answers\": {",
                "  \"RQ-" + "k".repeat(19_998) + "\": 3}}"));
        // WHEN
        InvalidInputException e = fails(() -> FILES.readReadiness(file));
        // THEN the problem sits at the mapping that holds the key, and the message stays short
        assertThat(e.problems()).singleElement().satisfies(at("key.json", 3, "/answers",
                "a key is 20001 characters; the longest allowed is 20000"));
        assertThat(e.getMessage()).hasSizeLessThan(1_000);
    }

    @Test
    void should_give_the_place_and_the_limit_when_an_answer_list_is_longer_than_the_limit() throws IOException {
        // GIVEN a profile listing 5,001 data sources, past the default of 5,000 entries
        List<String> lines = new ArrayList<>(PROFILE);
        lines.set(lines.size() - 1, "  dataSources: [" + String.join(", ", java.util.Collections.nCopies(5_001, "CCTV_AND_VIDEO")) + "]");
        Path file = write("list.yaml", lines);
        // WHEN
        InvalidInputException e = fails(() -> FILES.readSystem(file));
        // THEN
        assertThat(e.problems()).anySatisfy(at("list.yaml", lines.size(), "/system/dataSources/5000",
                "more than 5000 entries in one list"));
    }

    @Test
    void should_give_the_place_and_the_limit_when_an_answer_mapping_has_more_entries_than_the_limit() throws IOException {
        // GIVEN a workbook with 5,001 answers, past the default of 5,000 entries
        List<String> lines = new ArrayList<>(List.of("system: Live facial recognition", "answers:"));
        for (int i = 0; i <= 5_000; i++) {
            lines.add("  WB-" + i + ": DONE");
        }
        Path file = write("many.yaml", lines);
        // WHEN
        InvalidInputException e = fails(() -> FILES.readWorkbook(file));
        // THEN
        assertThat(e.problems()).anySatisfy(at("many.yaml", lines.size(), "/answers/WB-5000",
                "more than 5000 keys in one mapping; the most allowed is 5000"));
    }

    @Test
    void should_read_back_the_same_text_when_a_profile_with_number_like_names_is_written_as_yaml() throws IOException {
        // GIVEN names that YAML would read as numbers, booleans or null if written unquoted
        for (String text : List.of("1e3", "0x1F", "0123", "1_000", "+12", "-.5", ".inf", ".NaN", "123", "1.0", "true", "no",
                "null", "~", "- item", "key: value", "# comment", "'quoted'")) {
            SystemProfile profile = SYSTEM.toBuilder().name(text).purpose(text).build();
            // WHEN
            String yaml = AnswerFiles.toYaml(new RiskAnswers(profile, java.util.Map.of(), null));
            // THEN
            Path file = Files.writeString(dir.resolve("round-trip.yaml"), yaml);
            assertThat(FILES.readSystem(file)).as(yaml).isEqualTo(profile);
        }
    }
}
