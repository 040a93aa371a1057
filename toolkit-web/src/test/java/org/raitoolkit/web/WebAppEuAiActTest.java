package org.raitoolkit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raitoolkit.web.WebForms.Field;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raitoolkit.rules.ToolkitEngine;
import org.raitoolkit.euaiact.EuAiAct;

/** The web app started with the EU AI Act rule set, as {@code toolkit --jurisdiction EU serve} starts it. */
class WebAppEuAiActTest {

    private static ToolkitWebServer server;
    private static WebForms web;

    @BeforeAll
    static void start() {
        server = ToolkitWebServer.builder(ToolkitEngine.builder().ruleSet(EuAiAct.ruleSet()).build()).port(0).start();
        web = new WebForms(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_ask_for_the_eu_ai_act_facts_when_the_rule_set_is_enabled() {
        // WHEN
        HttpResponse<String> page = web.get("/risk");

        // THEN
        assertThat(page.body()).contains("<legend>EU AI Act</legend>", "name=\"system.euAiAct.biometricIdentification\"",
                "name=\"system.euAiAct.annexIIIPurposes\"", "name=\"system.euAiAct.assessmentDate\"");
    }

    @Test
    void should_find_the_use_prohibited_when_the_authorisation_was_refused() {
        // GIVEN the live facial recognition example, real-time identification whose authorisation was refused
        List<Field> fields = WebForms.without(WebForms.risk(WebForms.riskExample(WebForms.LFR)), "system.euAiAct.");
        fields.add(new Field("system.euAiAct.biometricIdentification", "REAL_TIME_REMOTE"));
        fields.add(new Field("system.euAiAct.rbiObjective", "VICTIM_OR_MISSING_PERSON_SEARCH"));
        fields.add(new Field("system.euAiAct.nationalLawAuthorises", "true"));
        fields.add(new Field("system.euAiAct.authorisation", "REFUSED"));
        fields.add(new Field("system.euAiAct.assessmentDate", "2028-03-01"));

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(fields, "action", "assess"));

        // THEN the overlay decides, and its facts travel on with the answers
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"result-decision\">DO NOT PROCEED<", "PROHIBITED");
        assertThat(WebForms.hidden(page.body(), "answers")).contains("authorisation: REFUSED", "assessmentDate:");
    }

    @Test
    void should_name_the_fact_when_an_eu_ai_act_value_is_not_allowed() {
        // GIVEN a number where a number of hours belongs, but negative
        List<Field> fields = WebForms.without(WebForms.profile(WebForms.riskExample(WebForms.LFR).system()), "system.euAiAct.");
        fields.add(new Field("system.euAiAct.hoursSinceStart", "-3"));

        // WHEN
        HttpResponse<String> page = web.post("/risk", WebForms.with(fields, "action", "factors"));

        // THEN
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<a href=\"#f-system-euAiAct-hoursSinceStart\">");
    }
}
