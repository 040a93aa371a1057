package org.raitoolkit.examples.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.content.Digests;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.Provenance;
import org.raitoolkit.model.ReadinessAnswers;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.WorkbookAnswers;
import org.raitoolkit.reports.Report;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.Reports;
import org.raitoolkit.rules.RuleSet;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toolkit verify REPORT ANSWERS}: makes the report again from the answers, with the rule
 * sets it names, on its day and with its time stamp, and compares the bytes; with {@code --key},
 * checks its detached signature too.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that a report is what ANSWERS give with the same content and rules: the report is made "
                + "again (the rule sets it names, its day, its time stamp, its format and audience) and compared byte "
                + "for byte. With --key, check its detached signature as well. Exit 0 if all holds, 2 listing what "
                + "does not. Folder rule sets are given with 'toolkit --rules DIR verify ...'. See docs/records.md.")
public final class VerifyCommand extends ToolkitCommand {

    private static final int MAX_DIFFERENCES = 20;

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report: JSON, HTML or Markdown, as the toolkit wrote it.")
    private Path report;

    @Parameters(index = "1", paramLabel = "ANSWERS",
            description = "The answer file the report should come from (for a workbook review, the workbook answers).")
    private Path answers;

    @Option(names = "--risk", paramLabel = "RISKFILE",
            description = "For a workbook review: the system's risk answer file, as given to 'toolkit workbook --risk'.")
    private Path risk;

    @Option(names = "--key", paramLabel = "PUBLIC",
            description = "Check the signature with this Ed25519 public key, PEM (openssl pkey -in key.pem -pubout -out key.pub.pem).")
    private Path key;

    @Option(names = "--signature", paramLabel = "SIG", description = "The detached signature (default: REPORT.sig).")
    private Path signature;

    @Override
    protected int execute() {
        ReportFile file = ReportFile.read(report, InputFiles.MAX_REPORT_BYTES);
        // Keys and signature files are checked before the report is made again, which takes seconds.
        Boolean signed = checkSignature(file);
        if (file.kind().equals("workbook") && risk == null) {
            throw new InvalidInputException("--risk is missing", List.of(new Problem("--risk", 0, 0, "",
                    "a workbook review is made from the workbook answers and the system's risk answer file; give that "
                    + "file with --risk RISKFILE")));
        }
        Remade remade = remake(file);
        boolean matches = sameReport(file.bytes(), remade.bytes());
        if (matches && !Boolean.FALSE.equals(signed)) {
            out().println(Text.lines(report + " matches " + answers + ": made again from them with content pack "
                    + remade.provenance().contentPackId() + " " + remade.provenance().contentPackVersion() + " and rule sets "
                    + String.join(", ", remade.provenance().ruleSets()) + ", it is the same, byte for byte."));
            out().println(Text.lines(signatureVerdict(signed)));
            out().flush();
            return ToolkitCli.OK;
        }
        if (matches) {
            err().println(Text.lines("toolkit: " + report + " matches " + answers + ", but:"));
        } else {
            err().println(Text.lines("toolkit: " + report + " does not match " + answers + ":"));
            reasons(file, remade).forEach(r -> err().println(Text.lines("  " + r)));
        }
        err().println(Text.lines(signatureVerdict(signed)));
        err().flush();
        return ToolkitCli.INVALID_INPUT;
    }

    /** What became of the signature: not checked, holds, or does not hold. */
    private String signatureVerdict(Boolean signed) {
        if (signed == null) {
            return "The signature was not checked: give --key PUBLIC to check it.";
        }
        return "The signature in " + signaturePath() + (signed ? " holds for the key in " + key + "."
                : " does not hold for " + report + " with the key in " + key
                        + ": the report was changed after it was signed, or signed with another key.");
    }

    /** Whether the signature holds, or {@code null} when no key was given to check it with. */
    private Boolean checkSignature(ReportFile file) {
        if (key == null) {
            if (signature != null) {
                throw new InvalidInputException("--signature is not valid", List.of(new Problem("--signature", 0, 0, "",
                        "a signature is checked with a public key: give it with --key PUBLIC")));
            }
            return null;
        }
        PublicKey publicKey = Ed25519.publicKey(key);
        return Ed25519.holds(publicKey, file.bytes(), Ed25519.signature(signaturePath()));
    }

    private Path signaturePath() {
        return signature == null ? Ed25519.signatureOf(report) : signature;
    }

    /** The report made again, and what it was made from. */
    private record Remade(byte[] bytes, String answersDigest, Provenance provenance) {
    }

    private Remade remake(ReportFile file) {
        ToolkitCli root = root();
        // The report names the default rules first; the engine adds them itself. A brief without
        // the audit trail names none: then the rule sets of this run.
        List<RuleSet> sets = file.ruleSets() == null ? root.ruleSets()
                : root.ruleSetsWithIds(file.ruleSets().subList(1, file.ruleSets().size()));
        // The day the engine assessed on was the report's, in this machine's zone as the engine's clock is.
        ToolkitEngine engine = root.engine(sets, ToolkitCli.clockOn(LocalDate.ofInstant(file.generatedAt(), ZoneId.systemDefault())));
        Reports reports = Reports.of(engine.content(), engine.provenance(), Clock.fixed(file.generatedAt(), ZoneOffset.UTC));
        if (file.layout() != null) {
            reports = reports.withJsonLayout(file.layout());
        }
        AnswerFiles files = root.answerFiles();
        Report made;
        Object input;
        switch (file.kind()) {
            case "risk" -> {
                RiskAnswers a = files.readRisk(answers);
                made = reports.risk(a, engine.assessRisk(a));
                input = a;
            }
            case "readiness" -> {
                ReadinessAnswers a = files.readReadiness(answers);
                made = reports.readiness(a, engine.assessReadiness(a));
                input = a;
            }
            default -> {
                RiskAnswers system = files.readRisk(risk);
                WorkbookAnswers a = files.readWorkbook(answers);
                made = reports.workbook(a, engine.evaluateWorkbook(engine.assessRisk(system), file.stage(), a));
                input = a;
            }
        }
        return new Remade(render(reports, made, file), Digests.sha256(input), engine.provenance());
    }

    /**
     * The report in the file's format; for HTML and Markdown, for the audience whose subtitle the
     * file has (the full report if none has), since a brief is a report too.
     */
    private static byte[] render(Reports reports, Report made, ReportFile file) {
        if (file.format() == ReportFormat.JSON) {
            return reports.render(made, ReportFormat.JSON, null).getBytes(StandardCharsets.UTF_8);
        }
        String subtitle = ReportFile.subtitle(file.format(), new String(file.bytes(), StandardCharsets.UTF_8));
        List<Audience> audiences = new ArrayList<>();
        audiences.add(null);
        audiences.addAll(List.of(Audience.values()));
        String full = null;
        for (Audience audience : audiences) {
            String text = reports.render(made, file.format(), audience);
            if (ReportFile.subtitle(file.format(), text).equals(subtitle)) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            full = full == null ? text : full;
        }
        return full.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The same bytes, or the same with the one line end that printing to standard output adds
     * ({@code toolkit risk FILE > report.md}).
     */
    private static boolean sameReport(byte[] report, byte[] expected) {
        if (Arrays.equals(report, expected)) {
            return true;
        }
        byte[] end = System.lineSeparator().getBytes(StandardCharsets.UTF_8);
        return report.length == expected.length + end.length
                && Arrays.equals(report, 0, expected.length, expected, 0, expected.length)
                && Arrays.equals(report, expected.length, report.length, end, 0, end.length);
    }

    /** Why the report differs, the likeliest cause first, then the differences. */
    private List<String> reasons(ReportFile file, Remade remade) {
        List<String> reasons = new ArrayList<>();
        ReportDifferences differences = ReportDifferences.between(file.format(), file.bytes(), remade.bytes(), MAX_DIFFERENCES);
        if (file.answersDigest() != null && !file.answersDigest().equals(remade.answersDigest())) {
            reasons.add("the report was not produced from these answers: its answers digest is " + file.answersDigest()
                    + ", and " + answers + " gives " + remade.answersDigest());
        } else if (file.answersDigest() == null && differences.anyUnder("/input")) {
            reasons.add("the answers in the report (/input) differ from " + answers
                    + ": the report was not produced from these answers, or was changed");
        } else if (file.answersDigest() == null) {
            reasons.add("the report was not produced from these answers with this content and these rules, or was changed "
                    + "since (it carries no answers digest to tell which)");
        } else {
            reasons.add("its answers digest matches " + answers + ", so the report was changed since, or made with other "
                    + "content or rules");
        }
        Provenance p = remade.provenance();
        if (!file.engineVersion().equals(p.engineVersion())) {
            reasons.add("the report was made by toolkit engine " + file.engineVersion() + "; this is " + p.engineVersion()
                    + ", which may assess or write differently");
        }
        String pack = p.contentPackId() + " " + p.contentPackVersion();
        if (!file.contentPack().equals(pack)) {
            reasons.add("the report was made with content pack " + file.contentPack() + "; this run has " + pack
                    + " (give the report's pack with --content DIR)");
        } else if (differences.anyInField("contentPackDigest")) {
            reasons.add("the content pack's digest differs: the report was made with another text of pack " + pack
                    + " (give that pack with --content DIR)");
        }
        if (differences.anyInField("ruleSetDigests")) {
            reasons.add("a rule set's digest differs: the report was made with other rules under the same names");
        }
        List<String> lines = differences.lines();
        reasons.add("what differs (report, then as made again):");
        lines.forEach(l -> reasons.add("  " + l));
        return reasons;
    }
}
