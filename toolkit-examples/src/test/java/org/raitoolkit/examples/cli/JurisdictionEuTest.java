package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jurisdiction EU} adds both EU overlays: the AI Act and the Law Enforcement Directive. */
class JurisdictionEuTest {

    private static final String LFR = "org/raitoolkit/content/examples/risk/live-facial-recognition-missing-persons.yaml";

    @TempDir
    Path dir;

    @Test
    void should_report_directive_findings_next_to_the_ai_act_when_the_live_facial_recognition_example_is_assessed_for_the_eu()
            throws IOException {
        // GIVEN the live facial recognition example, with its euAiAct and euLed sections
        Path file = dir.resolve("lfr.yaml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(LFR)) {
            Files.write(file, in.readAllBytes());
        }
        // WHEN it is assessed for the EU
        CliRun run = CliRun.of("--jurisdiction", "EU", "risk", file.toString(), "--format", "json");
        // THEN the report carries both sets' findings, and those of the Directive cite Art. 10 and Art. 27
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        List<String> references = new ArrayList<>();
        List<String> ruleSets = new ArrayList<>();
        report.get("findings").forEach(f -> {
            ruleSets.add(f.get("ruleSet").asText());
            if (f.get("ruleSet").asText().equals("EU-LED")) {
                references.add(f.get("reference").asText());
            }
        });
        assertThat(ruleSets).contains("EU-AI-ACT", "EU-LED");
        assertThat(references).contains("Directive (EU) 2016/680, Art. 10", "Directive (EU) 2016/680, Art. 27");
        // AND the report gathers the Directive's obligations in its own section
        List<String> obligations = new ArrayList<>();
        report.at("/euLed/obligations").forEach(o -> obligations.add(o.get("code").asText()));
        assertThat(obligations).contains("LED-ART-10", "LED-ART-27");
        // AND the decision stays what the default rules and the AI Act make it: no condition of the Directive is unmet
        assertThat(report.at("/decision").asText()).isEqualTo("ESCALATE");
    }

    @Test
    void should_refuse_an_unknown_jurisdiction_naming_the_one_allowed() throws IOException {
        // GIVEN a jurisdiction the command line does not know
        Path file = dir.resolve("lfr.yaml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(LFR)) {
            Files.write(file, in.readAllBytes());
        }
        // WHEN
        CliRun run = CliRun.of("--jurisdiction", "XX", "risk", file.toString());
        // THEN it is refused, saying which are allowed
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("unknown jurisdiction 'XX'; allowed: EU");
    }
}
