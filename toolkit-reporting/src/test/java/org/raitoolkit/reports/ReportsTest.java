package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Provenance;
import org.raitoolkit.model.ReadinessResult;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.model.WorkbookResult;

/** Reports are made from answers, a result and a provenance; no engine is involved. */
class ReportsTest {

    @Test
    void should_stamp_the_provenance_and_the_clock_time_when_a_report_of_each_kind_is_made() {
        // GIVEN reports on a clock that moves a minute between readings
        Clock clock = new Clock() {
            private Instant now = Fixtures.FIXED_TIME;

            @Override
            public Instant instant() {
                Instant t = now;
                now = now.plusSeconds(60);
                return t;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        Reports reports = Reports.of(Fixtures.pack(), Fixtures.PROVENANCE, clock);

        // WHEN
        Report risk = reports.risk(Fixtures.riskAnswers(), Fixtures.riskResult(Fixtures.system()));
        Report readiness = reports.readiness(Fixtures.readinessAnswers("Agency"), Fixtures.readinessResult("Agency"));
        Report workbook = reports.workbook(Fixtures.workbookAnswers("System"), Fixtures.workbookResult("System"));

        // THEN each carries what produced the result, and the time it was made
        List<Instant> times = new ArrayList<>();
        for (Report report : List.of(risk, readiness, workbook)) {
            ReportMetadata m = report.metadata();
            assertThat(m.schemaVersion()).isEqualTo(ReportMetadata.CURRENT_SCHEMA_VERSION);
            assertThat(m.engineVersion()).isEqualTo("9.8.7");
            assertThat(m.ruleSets()).containsExactly("DEFAULT", "LOCAL-POLICY");
            assertThat(m.ruleSetHash()).isEqualTo(Fixtures.PROVENANCE.ruleSetHash());
            assertThat(m.contentPackId()).isEqualTo("TEST-PACK");
            assertThat(m.contentPackVersion()).isEqualTo("0.1.0");
            times.add(m.generatedAt());
        }
        assertThat(times).containsExactly(Fixtures.FIXED_TIME, Fixtures.FIXED_TIME.plusSeconds(60),
                Fixtures.FIXED_TIME.plusSeconds(120));
    }

    @Test
    void should_keep_the_answers_and_the_result_as_given_when_a_report_is_made() {
        // GIVEN
        RiskResult result = Fixtures.riskResult(Fixtures.system());
        ReadinessResult readiness = Fixtures.readinessResult("Agency");
        WorkbookResult workbook = Fixtures.workbookResult("System");

        // WHEN
        RiskReport r = Fixtures.reports().risk(Fixtures.riskAnswers(), result);
        ReadinessReport rr = Fixtures.reports().readiness(Fixtures.readinessAnswers("Agency"), readiness);
        WorkbookReport wr = Fixtures.reports().workbook(Fixtures.workbookAnswers("System"), workbook);

        // THEN
        assertThat(r.input()).isEqualTo(Fixtures.riskAnswers());
        assertThat(r.result()).isSameAs(result);
        assertThat(r.kind()).isEqualTo("risk");
        assertThat(rr.result()).isSameAs(readiness);
        assertThat(rr.kind()).isEqualTo("readiness");
        assertThat(wr.result()).isSameAs(workbook);
        assertThat(wr.kind()).isEqualTo("workbook");
    }

    @Test
    void should_stamp_the_system_time_when_no_clock_is_given() {
        // GIVEN
        Reports reports = Reports.of(Fixtures.pack(), Fixtures.PROVENANCE);
        Instant before = Instant.now();
        // WHEN
        Instant stamped = reports.workbook(Fixtures.workbookAnswers("S"), Fixtures.workbookResult("S")).metadata().generatedAt();
        // THEN
        assertThat(stamped).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @Test
    void should_leave_this_instance_unchanged_when_a_json_layout_is_set() {
        // GIVEN
        Reports indented = Fixtures.reports();
        // WHEN
        Reports compact = indented.withJsonLayout(JsonLayout.COMPACT);
        // THEN
        assertThat(indented.jsonLayout()).isEqualTo(JsonLayout.INDENTED);
        assertThat(compact.jsonLayout()).isEqualTo(JsonLayout.COMPACT);
        assertThat(compact.render(Fixtures.riskReport(), ReportFormat.JSON, null)).hasLineCount(1);
    }

    @Test
    void should_name_the_missing_argument_when_one_is_null() {
        // GIVEN
        ContentPack pack = Fixtures.pack();
        Provenance provenance = Fixtures.PROVENANCE;
        Reports reports = Fixtures.reports();
        Report report = Fixtures.riskReport();
        // WHEN / THEN
        assertThatThrownBy(() -> Reports.of(null, provenance)).isInstanceOf(NullPointerException.class).hasMessage("pack");
        assertThatThrownBy(() -> Reports.of(pack, null)).isInstanceOf(NullPointerException.class).hasMessage("provenance");
        assertThatThrownBy(() -> Reports.of(pack, provenance, null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
        assertThatThrownBy(() -> reports.withJsonLayout(null)).isInstanceOf(NullPointerException.class).hasMessage("jsonLayout");
        assertThatThrownBy(() -> reports.risk(null, Fixtures.riskResult(Fixtures.system())))
                .isInstanceOf(NullPointerException.class).hasMessage("answers");
        assertThatThrownBy(() -> reports.risk(Fixtures.riskAnswers(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("result");
        assertThatThrownBy(() -> reports.readiness(Fixtures.readinessAnswers("A"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("result");
        assertThatThrownBy(() -> reports.workbook(null, Fixtures.workbookResult("S")))
                .isInstanceOf(NullPointerException.class).hasMessage("answers");
        assertThatThrownBy(() -> reports.render(null, ReportFormat.JSON, null))
                .isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> reports.render(report, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("format");
        assertThatThrownBy(() -> reports.write(report, ReportFormat.JSON, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThatThrownBy(() -> reports.write(report, null, null, Path.of("x.json")))
                .isInstanceOf(NullPointerException.class).hasMessage("format");
    }

    @Test
    void should_show_no_jackson_or_internal_type_when_the_public_signatures_are_read() {
        // GIVEN every public type of the package
        List<Class<?>> types = List.of(Reports.class, Report.class, RiskReport.class, ReadinessReport.class,
                WorkbookReport.class, ReportMetadata.class, ReportFormat.class, JsonLayout.class);
        // WHEN we read every public signature
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    check(type.getSimpleName() + "." + m.getName(), m.getGenericReturnType(), leaks);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(type.getSimpleName() + "." + m.getName(), p, leaks);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(type.getSimpleName() + " constructor", p, leaks);
                    }
                }
            }
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    check(type.getSimpleName() + "." + rc.getName(), rc.getGenericType(), leaks);
                }
            }
        }
        // THEN only the model, the JDK and this package appear
        assertThat(leaks).isEmpty();
    }

    private static void check(String where, Type type, List<String> leaks) {
        for (String part : type.getTypeName().split("[<>,\\[\\]\\s?]+")) {
            if (part.startsWith("com.fasterxml.") || part.contains(".internal.")) {
                leaks.add(where + " " + type.getTypeName());
            }
        }
    }
}
