package org.raitoolkit.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.BundledExamples;
import org.raitoolkit.euaiact.EuAiAct;
import org.raitoolkit.euled.EuLed;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.rules.ToolkitEngine;

/** The bundled risk examples, assessed once with the EU AI Act and Directive rule sets on a fixed clock. */
final class Examples {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    static final ToolkitEngine ENGINE = ToolkitEngine.builder().clock(CLOCK).ruleSet(EuAiAct.ruleSet())
            .ruleSet(EuLed.ruleSet()).build();

    static final Documents DOCUMENTS = Documents.of(ENGINE.content());

    private static final List<RiskReport> REPORTS = assess();

    private Examples() {
    }

    /** One report per bundled risk example, in file-name order. */
    static List<RiskReport> reports() {
        return REPORTS;
    }

    /** The report of the example whose file name starts with {@code base}. */
    static RiskReport report(String base) {
        return REPORTS.stream().filter(r -> names().get(REPORTS.indexOf(r)).startsWith(base)).findFirst().orElseThrow();
    }

    /** The example file names, in the order of {@link #reports()}. */
    static List<String> names() {
        return BundledExamples.list("risk").stream().map(BundledExamples.Example::name).toList();
    }

    private static List<RiskReport> assess() {
        AnswerFiles files = AnswerFiles.forPack(ENGINE.content()).withFactSections(List.of(EuAiAct.SECTION, EuLed.FACTS));
        Reports reports = Reports.of(ENGINE.content(), ENGINE.provenance(), CLOCK);
        return BundledExamples.list("risk").stream().map(e -> {
            RiskAnswers answers = files.parseRisk(e.name(), e.bytes());
            return reports.risk(answers, ENGINE.assessRisk(answers));
        }).toList();
    }
}
