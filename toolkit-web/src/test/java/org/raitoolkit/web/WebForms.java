package org.raitoolkit.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Assessor;
import org.raitoolkit.model.FactorRating;
import org.raitoolkit.model.MitigationClaim;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.SystemProfile;

/**
 * What a person's browser sends to the web app, written out by hand: the form fields of the
 * documented field names, posted as URL-encoded or multipart bodies. Kept apart from the app's own
 * mapping so that the tests check the form contract, not the code against itself.
 */
final class WebForms {

    static final String LFR = "org/raitoolkit/content/examples/risk/live-facial-recognition-missing-persons.yaml";
    static final String AGENCY = "org/raitoolkit/content/examples/readiness/example-agency.yaml";

    /** The cookie that holds the app's token against cross-site forms, and the form field that echoes it. */
    static final String CSRF_COOKIE = "rai_csrf";
    static final String CSRF_FIELD = "_csrf";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
    private final URI base;

    WebForms(URI base) {
        this.base = base;
    }

    /** A form field. */
    record Field(String name, String value) {
    }

    static byte[] resource(String name) {
        try (InputStream in = WebForms.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RiskAnswers riskExample(String resource) {
        return AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(SECTIONS).parseRisk(resource, resource(resource));
    }

    static ReadinessAnswers readinessExample(String resource) {
        return AnswerFiles.forPack(ContentPacks.defaults()).withFactSections(SECTIONS).parseReadiness(resource, resource(resource));
    }

    /** The profile step's fields for {@code p}. */
    static List<Field> profile(SystemProfile p) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("system.name", p.name()));
        f.add(new Field("system.purpose", p.purpose()));
        f.add(new Field("system.applicationArea", p.applicationArea().name()));
        f.add(new Field("system.lifecycleStage", p.lifecycleStage().name()));
        f.add(new Field("system.legalBasis", p.legalBasis().name()));
        Map<String, Boolean> facts = new java.util.LinkedHashMap<>();
        facts.put("processesBiometricData", p.processesBiometricData());
        facts.put("processesPersonalData", p.processesPersonalData());
        facts.put("realTime", p.realTime());
        facts.put("publiclyAccessibleSpace", p.publiclyAccessibleSpace());
        facts.put("affectsVulnerableGroups", p.affectsVulnerableGroups());
        facts.put("individualLevelPredictions", p.individualLevelPredictions());
        facts.put("automatedDecisionWithLegalEffect", p.automatedDecisionWithLegalEffect());
        facts.put("humanReviewOfOutputs", p.humanReviewOfOutputs());
        facts.put("matchesAgainstReferenceList", p.matchesAgainstReferenceList());
        facts.put("infersStateOrIntent", p.infersStateOrIntent());
        facts.put("sharesWithPartnersOrAbroad", p.sharesWithPartnersOrAbroad());
        facts.put("authenticatesEvidence", p.authenticatesEvidence());
        facts.put("observesAssemblyOrExpression", p.observesAssemblyOrExpression());
        facts.forEach((k, v) -> {
            if (v) {
                f.add(new Field("system." + k, "true"));
            }
        });
        f.add(new Field("system.sourcing", p.sourcing().name()));
        p.dataSources().forEach(d -> f.add(new Field("system.dataSources", d.name())));
        sections(p).values().forEach(f::addAll);
        return f;
    }

    /** The sections every rule-set provider on the test class path declares. */
    static final List<org.raitoolkit.model.FactSection<?>> SECTIONS =
            org.raitoolkit.rules.RuleSetProviders.factSections(WebForms.class.getClassLoader());

    /**
     * The typed facts of {@code p} as fields {@code system.<section>.<fact>}, by section key: yes/no
     * as true/false, names, numbers and dates as text.
     */
    static java.util.Map<String, List<Field>> sections(SystemProfile p) {
        java.util.Map<String, List<Field>> bySection = new java.util.LinkedHashMap<>();
        for (org.raitoolkit.model.FactSection<?> section : SECTIONS) {
            p.extension(section).ifPresent(facts -> {
                List<Field> f = new ArrayList<>();
                section.values(facts).forEach((name, value) -> {
                    String field = "system." + section.key() + "." + name;
                    if (value instanceof java.util.Collection<?> values) {
                        values.forEach(v -> f.add(new Field(field, ((Enum<?>) v).name())));
                    } else if (value instanceof Enum<?> e) {
                        f.add(new Field(field, e.name()));
                    } else {
                        f.add(new Field(field, value.toString()));
                    }
                });
                bySection.put(section.key(), f);
            });
        }
        return bySection;
    }

    /** {@code fields} without those whose name starts with {@code prefix}. */
    static List<Field> without(List<Field> fields, String prefix) {
        return fields.stream().filter(x -> !x.name().startsWith(prefix)).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The fields of the whole risk form: profile and ratings. */
    static List<Field> risk(RiskAnswers answers) {
        List<Field> f = profile(answers.system());
        answers.ratings().forEach((id, r) -> f.addAll(rating(id, r)));
        return f;
    }

    /**
     * {@code answers} with every mitigation's status stated: the form has no "not stated", so an
     * id given alone, which the model reads as IMPLEMENTED, comes back from the form so.
     */
    static RiskAnswers stated(RiskAnswers answers) {
        Map<String, FactorRating> ratings = new java.util.LinkedHashMap<>();
        answers.ratings().forEach((id, r) -> ratings.put(id, r.withMitigations(r.mitigations().stream()
                .map(m -> new MitigationClaim(m.id(), m.effectiveStatus(), m.evidence())).toList())));
        return new RiskAnswers(answers.system(), ratings, answers.organisationalReadiness(), answers.assessment());
    }

    static List<Field> rating(String id, FactorRating r) {
        List<Field> f = new ArrayList<>();
        String base = "ratings." + id + ".";
        f.add(new Field(base + "likelihood", r.likelihood().name()));
        if (r.severity() != null) {
            f.add(new Field(base + "severity", r.severity().name()));
        } else {
            f.add(new Field(base + "severity.scale", String.valueOf(r.severityCriteria().scale())));
            f.add(new Field(base + "severity.scope", String.valueOf(r.severityCriteria().scope())));
            f.add(new Field(base + "severity.irremediability", String.valueOf(r.severityCriteria().irremediability())));
        }
        for (MitigationClaim m : r.mitigations()) {
            f.add(new Field(base + "mitigations." + m.id() + ".status", m.effectiveStatus().name()));
            if (m.evidence() != null) {
                f.add(new Field(base + "mitigations." + m.id() + ".evidence", m.evidence()));
            }
        }
        if (r.rationale() != null) {
            f.add(new Field(base + "rationale", r.rationale()));
        }
        return f;
    }

    static List<Field> readiness(ReadinessAnswers answers) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("agency", answers.agency()));
        answers.answers().forEach((id, level) -> f.add(new Field("answers." + id, level.name())));
        return f;
    }

    /**
     * The fields of the "Assessment record" fieldset for {@code r}: rows numbered from 0, dates as
     * the date inputs send them, {@code assessment.final} ticked for a FINAL record.
     */
    static List<Field> record(AssessmentRecord r) {
        List<Field> f = new ArrayList<>();
        String at = "assessment.";
        for (int i = 0; i < r.assessors().size(); i++) {
            Assessor a = r.assessors().get(i);
            add(f, at + "assessors." + i + ".name", a.name());
            add(f, at + "assessors." + i + ".role", a.role());
            add(f, at + "assessors." + i + ".unit", a.unit());
        }
        add(f, at + "assessedOn", r.assessedOn());
        if (r.dataProtectionOfficer() != null) {
            add(f, at + "dataProtectionOfficer.name", r.dataProtectionOfficer().name());
            add(f, at + "dataProtectionOfficer.consultedOn", r.dataProtectionOfficer().consultedOn());
            add(f, at + "dataProtectionOfficer.advice", r.dataProtectionOfficer().advice());
            add(f, at + "dataProtectionOfficer.outcome", r.dataProtectionOfficer().outcome());
            add(f, at + "dataProtectionOfficer.reasonNotFollowed", r.dataProtectionOfficer().reasonNotFollowed());
        }
        add(f, at + "agencyDecision", r.agencyDecision());
        add(f, at + "decisionReason", r.decisionReason());
        if (r.approval() != null) {
            add(f, at + "approval.name", r.approval().name());
            add(f, at + "approval.role", r.approval().role());
            add(f, at + "approval.approvedOn", r.approval().approvedOn());
        }
        for (int i = 0; i < r.conditions().size(); i++) {
            AcceptedCondition c = r.conditions().get(i);
            add(f, at + "conditions." + i + ".recommendation", c.recommendation());
            add(f, at + "conditions." + i + ".owner", c.owner());
            add(f, at + "conditions." + i + ".dueDate", c.dueDate());
            add(f, at + "conditions." + i + ".metOn", c.metOn());
            add(f, at + "conditions." + i + ".note", c.note());
        }
        add(f, at + "nextReview", r.nextReview());
        r.reviewTriggers().forEach(t -> f.add(new Field(at + "reviewTriggers", t.name())));
        if (r.isFinal()) {
            f.add(new Field(at + "final", "true"));
        }
        return f;
    }

    private static void add(List<Field> fields, String name, Object value) {
        if (value != null) {
            fields.add(new Field(name, value instanceof Enum<?> e ? e.name() : value.toString()));
        }
    }

    static List<Field> with(List<Field> fields, String name, String value) {
        List<Field> f = new ArrayList<>(fields);
        f.add(new Field(name, value));
        return f;
    }

    // ------------------------------------------------------------------ HTTP

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /**
     * The token of this client's cookie, as a page of the app writes it into its forms; opens the
     * start page first if the app has not set the cookie yet.
     */
    String token() {
        for (int attempt = 0; attempt < 2; attempt++) {
            for (HttpCookie cookie : cookies.getCookieStore().get(base)) {
                if (cookie.getName().equals(CSRF_COOKIE)) {
                    return cookie.getValue();
                }
            }
            get("/");
        }
        throw new AssertionError("the app set no " + CSRF_COOKIE + " cookie");
    }

    /** Posts {@code fields} URL-encoded, as a form of the app's pages without a file does, with the page's token. */
    HttpResponse<String> post(String path, List<Field> fields) {
        return send(form(path, with(fields, CSRF_FIELD, token())));
    }

    /** {@link #post} for a download that is bytes, such as a PDF report. */
    HttpResponse<byte[]> postForBytes(String path, List<Field> fields) {
        try {
            return client.send(form(path, with(fields, CSRF_FIELD, token())).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A URL-encoded POST of exactly {@code fields}, to send after adding headers. */
    HttpRequest.Builder form(String path, List<Field> fields) {
        String body = fields.stream().map(x -> encode(x.name()) + "=" + encode(x.value())).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Posts a file and {@code fields} as multipart/form-data, as a form with a file input does. */
    HttpResponse<String> upload(String path, String field, String filename, byte[] file, List<Field> fields) {
        String boundary = "----web-test-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Field x : with(fields, CSRF_FIELD, token())) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + x.name() + "\"\r\n\r\n" + x.value() + "\r\n");
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    /** The value of the first hidden field {@code name} in a page, unescaped. */
    static String hidden(String page, String name) {
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return unescape(m.group(2));
            }
        }
        throw new AssertionError("no hidden field " + name + " in the page");
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
