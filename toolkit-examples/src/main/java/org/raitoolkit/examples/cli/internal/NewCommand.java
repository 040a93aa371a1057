package org.raitoolkit.examples.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.ApplicationArea;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.DataSource;
import org.raitoolkit.model.LegalBasis;
import org.raitoolkit.model.LifecycleStage;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.MaturityLevel;
import org.raitoolkit.model.Mitigation;
import org.raitoolkit.model.ReadinessDimension;
import org.raitoolkit.model.ReadinessQuestion;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.Severity;
import org.raitoolkit.model.Sourcing;
import org.raitoolkit.model.FactField;
import org.raitoolkit.model.FactSection;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.model.WorkbookItem;
import org.raitoolkit.model.WorkbookStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code toolkit new risk|readiness|workbook}: a commented answer file for a person to fill in.
 * Values are left empty on purpose: a template handed in unfilled is rejected, line by line,
 * instead of producing an assessment nobody made.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a commented answer file to fill in.",
        subcommands = {NewCommand.Risk.class, NewCommand.Readiness.class, NewCommand.Workbook.class})
public final class NewCommand extends ToolkitCommand {

    @Override
    protected int execute() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "missing kind: give risk, readiness or workbook");
    }

    /** Where a template goes: a file (written atomically) or standard output. */
    abstract static class TemplateCommand extends ToolkitCommand {
        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the template to FILE instead of standard output.")
        Path out;

        abstract String template(ContentPack pack);

        @Override
        protected int execute() {
            String text = template(root().pack());
            if (out == null) {
                out().print(text);
                out().flush();
            } else {
                writeAtomically(out, text);
                err().println("wrote " + out);
                err().flush();
            }
            return ToolkitCli.OK;
        }
    }

    /**
     * Writes {@code text} to a temporary file beside {@code file}, forces it to the disk, renames
     * it over {@code file} and forces the folder, so that a crash leaves the old file or the whole
     * new one.
     */
    static void writeAtomically(Path file, String text) {
        writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #writeAtomically(Path, String)} for bytes, such as a PDF. */
    static void writeAtomically(Path file, byte[] bytes) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                // A temporary file is created readable by its owner only; the result is a report
                // or template to share, so it gets the usual permissions where the system has them.
                if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                }
                try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(tmp,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            syncFolder(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write " + file + ": " + IoMessages.reason(e), e);
        }
    }

    /** Forces a folder's entries to the disk, where the system lets a program open a folder. */
    static void syncFolder(Path dir) throws IOException {
        java.nio.channels.FileChannel channel;
        try {
            channel = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    /** {@code toolkit new risk [--profile FILE]}. */
    @Command(name = "risk", mixinStandardHelpOptions = true,
            description = "A risk answer file. Without --profile: the system section to fill in first. With --profile "
                    + "(a file with a filled-in system section): that profile and a rating to fill in for every risk "
                    + "factor that applies to it, with its guidance and mitigations.")
    static final class Risk extends TemplateCommand {
        @Option(names = "--profile", paramLabel = "FILE",
                description = "A YAML or JSON file whose 'system' section describes the system (a risk answer file will do).")
        Path profile;

        @Override
        String template(ContentPack pack) {
            if (profile == null) {
                return profileTemplate(root().factSections());
            }
            SystemProfile system = root().answerFiles().readSystem(profile);
            return ratingsTemplate(pack, system);
        }

        private static String profileTemplate(List<FactSection<?>> sections) {
            StringBuilder s = new StringBuilder(profileBasics());
            for (FactSection<?> section : sections) {
                s.append(sectionTemplate(section));
            }
            return s.toString();
        }

        /**
         * A rule set's typed facts as a commented block under {@code system}: each fact with its
         * help text, what it may hold and when it is required, ready to uncomment and fill in.
         */
        static String sectionTemplate(FactSection<?> section) {
            StringBuilder s = new StringBuilder("\n");
            s.append(Yaml.comment("  ", "==== " + section.title() + " (optional): " + section.description()));
            s.append(Yaml.comment("  ", "Read by a rule set on this toolkit's class path. Uncomment '" + section.key()
                    + ":' and the facts you can state, and give each a value; a fact left out is not stated."));
            s.append("  # ").append(section.key()).append(":\n");
            for (FactField f : section.fields()) {
                s.append(Yaml.comment("  #   ", f.help()));
                String required = f.requiredWhen().isEmpty() ? "" : " Required " + f.requiredWhenText() + ".";
                s.append(Yaml.comment("  #   ", "Allowed: " + f.allowed() + "." + required));
                s.append("  #   ").append(f.name()).append(":\n");
            }
            return s.toString();
        }

        private static String profileBasics() {
            return "# Risk answer file, step 1 of 2: describe the system.\n"
                    + "# Fill in the system section, then run: toolkit new risk --profile THIS-FILE --out ratings.yaml\n"
                    + "# That lists the risk factors that apply to this system, each with its rating guidance.\n"
                    + "system:\n"
                    + "  name:               # what the agency calls the system\n"
                    + "  purpose:            # what it is used for, in a sentence or two\n"
                    + Yaml.comment("  ", "applicationArea: one of " + Yaml.names(ApplicationArea.class))
                    + "  applicationArea:\n"
                    + Yaml.comment("  ", "lifecycleStage: one of " + Yaml.names(LifecycleStage.class))
                    + "  lifecycleStage:\n"
                    + Yaml.comment("  ", "legalBasis: has a legal basis for this use been identified? One of "
                            + Yaml.names(LegalBasis.class) + " (write 'YES' in quotes or plain; both work)")
                    + "  legalBasis:\n"
                    + "  processesBiometricData: false       # faces, fingerprints, voice or gait\n"
                    + "  processesPersonalData: false        # any information about identifiable people\n"
                    + "  realTime: false                     # outputs acted on while events unfold\n"
                    + "  publiclyAccessibleSpace: false      # observes a place open to the public\n"
                    + "  affectsVulnerableGroups: false      # children or other vulnerable people\n"
                    + "  individualLevelPredictions: false   # scores or predicts about named individuals\n"
                    + "  automatedDecisionWithLegalEffect: false\n"
                    + "  humanReviewOfOutputs: false         # a trained person reviews outputs before they are acted on\n"
                    + "  matchesAgainstReferenceList: false  # compares inputs with a watchlist, hot list or hash list\n"
                    + "  infersStateOrIntent: false          # infers emotion, intent, deception or 'suspicious' behaviour\n"
                    + "  sharesWithPartnersOrAbroad: false   # outputs or data go to other agencies or other countries\n"
                    + "  authenticatesEvidence: false        # judges whether images, audio, video or documents are genuine\n"
                    + "  observesAssemblyOrExpression: false # used about assemblies and protests, or monitors online expression\n"
                    + Yaml.comment("  ", "sourcing: one of " + Yaml.names(Sourcing.class))
                    + "  sourcing:\n"
                    + Yaml.comment("  ", "dataSources: any of " + Yaml.names(DataSource.class))
                    + "  dataSources: []\n";
        }

        private static String ratingsTemplate(ContentPack pack, SystemProfile system) {
            StringBuilder s = new StringBuilder();
            s.append("# Risk answer file, step 2 of 2: rate every risk factor that applies to this system.\n");
            s.append("# Scales: likelihood ").append(scale(Likelihood.values())).append("\n");
            s.append("#         severity ").append(scale(Severity.values()))
                    .append(", or {scale: 1-5, scope: 1-5, irremediability: 1-5}\n");
            s.append("# Then run: toolkit risk THIS-FILE --format html --out report.html\n");
            s.append("system:\n");
            s.append(AnswerFiles.toYaml(system).lines().map(l -> "  " + l).collect(Collectors.joining("\n"))).append("\n");
            s.append("ratings:\n");
            List<RiskFactor> applicable = pack.riskFactors().stream().filter(f -> f.appliesTo(system)).toList();
            for (RiskFactor f : applicable) {
                s.append("\n");
                s.append(Yaml.comment("  ", f.id() + ": " + f.title()));
                s.append(Yaml.comment("  ", "Threatens " + String.join(", ", f.principles()) + ". Rights at stake: "
                        + f.rights().stream().map(Enum::name).collect(Collectors.joining(", ")) + "."));
                s.append(Yaml.comment("  ", "Applies because: " + f.appliesWhen().describe() + "."));
                s.append(Yaml.comment("  ", "Likelihood: " + f.guidance().likelihood()));
                s.append(Yaml.comment("  ", "Severity: " + f.guidance().severity()));
                s.append("  #   Mitigations: list each one reported as { id: ..., status: PLANNED, IMPLEMENTED or VERIFIED,\n")
                        .append("  #   evidence: \"a document, test report or contract clause\" }. Only IMPLEMENTED and VERIFIED lower the\n")
                        .append("  #   rating, by at most ").append(pack.scoring().mitigationCap().likelihoodSteps())
                        .append(" steps of likelihood and ").append(pack.scoring().mitigationCap().severitySteps())
                        .append(" of severity in all; a PLANNED one becomes a condition of use.\n");
                for (Mitigation m : f.mitigations()) {
                    s.append(Yaml.comment("  #     ", m.id() + " - " + m.title() + " (likelihood -"
                            + m.effect().likelihoodReduction() + ", severity -" + m.effect().severityReduction() + ")"));
                }
                s.append("  ").append(f.id()).append(":\n");
                s.append("    likelihood:\n");
                s.append("    severity:\n");
                s.append("    mitigations: []\n");
                s.append("    rationale: \"\"\n");
            }
            s.append(recordTemplate(true));
            return s.toString();
        }

        private static String scale(Enum<?>[] values) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                s.append(i == 0 ? "" : ", ").append(i + 1).append(' ').append(values[i].name());
            }
            return s.toString();
        }
    }

    /**
     * The assessment record every answer file may carry: empty, as a DRAFT; a FINAL record (or
     * {@code --final}) needs every field but the notes.
     *
     * @param decides whether the file is a risk answer file, whose record states the agency's decision
     */
    static String recordTemplate(boolean decides) {
        StringBuilder s = new StringBuilder("\n");
        s.append("# The assessment record: who assessed, on whose advice, what the agency decided, who approved it and\n");
        s.append("# when to review. Every field is optional while the state is DRAFT; a FINAL record (or the command's\n");
        s.append("# --final option) needs them all, and the command lists each one missing. Dates as YYYY-MM-DD.\n");
        s.append("assessment:\n");
        s.append("  state: DRAFT                 # DRAFT or FINAL\n");
        s.append("  assessors: []                # - { name: ..., role: ..., unit: ... }\n");
        s.append("  assessedOn:\n");
        s.append("  dataProtectionOfficer:\n");
        s.append("    name:\n");
        s.append("    consultedOn:\n");
        s.append("    advice:                    # a summary of the advice\n");
        // Choices stay commented out: an empty choice is not a value, and a draft may leave them out.
        s.append(Yaml.comment("    ", "outcome: one of " + Yaml.names(org.raitoolkit.model.AdviceOutcome.class)
                + " (remove the # to answer)"));
        s.append("    # outcome:\n");
        s.append("    reasonNotFollowed:         # needed when the advice was not followed in full\n");
        if (decides) {
            s.append(Yaml.comment("  ", "agencyDecision: one of " + Yaml.names(org.raitoolkit.model.Decision.class)
                    + "; it may be stricter than the toolkit's decision, and milder only with a decisionReason, which the report shows"
                    + " (remove the # to answer)"));
            s.append("  # agencyDecision:\n");
            s.append("  decisionReason:\n");
        }
        s.append("  approval:\n");
        s.append("    name:\n");
        s.append("    role:\n");
        s.append("    approvedOn:\n");
        s.append(Yaml.comment("  ", "conditions accepted, each tied to a recommendation id of the report"
                + (decides ? "" : " (a workbook's: an item of its action plan)")
                + ": - { recommendation: ..., owner: ..., dueDate: ..., metOn: ..., note: ... }"));
        s.append("  conditions: []\n");
        s.append("  nextReview:\n");
        s.append(Yaml.comment("  ", "reviewTriggers: any of " + Yaml.names(org.raitoolkit.model.ReviewTrigger.class)));
        s.append("  reviewTriggers: []\n");
        return s.toString();
    }

    /** {@code toolkit new readiness}. */
    @Command(name = "readiness", mixinStandardHelpOptions = true,
            description = "A readiness answer file: every question by dimension, with what each answer looks like.")
    static final class Readiness extends TemplateCommand {
        @Override
        String template(ContentPack pack) {
            StringBuilder s = new StringBuilder();
            s.append("# Organisational readiness answer file. Answer every question 0-4 or UNKNOWN:\n");
            for (MaturityLevel m : MaturityLevel.values()) {
                s.append("#   ").append(m == MaturityLevel.UNKNOWN ? "UNKNOWN" : String.valueOf(m.value()))
                        .append("  ").append(m.name()).append('\n');
            }
            s.append("# UNKNOWN scores 0 and is reported as a gap in knowledge.\n");
            s.append("# Then run: toolkit readiness THIS-FILE --format html --out readiness.html\n");
            s.append("agency:          # the agency's name\n");
            s.append("answers:\n");
            for (ReadinessDimension d : pack.dimensions()) {
                s.append("\n  # ==== ").append(d.id()).append(": ").append(d.name()).append('\n');
                for (ReadinessQuestion q : pack.readinessQuestions()) {
                    if (!q.dimension().equals(d.id())) {
                        continue;
                    }
                    s.append('\n');
                    s.append(Yaml.comment("  ", q.text() + (q.critical() ? " (critical: an answer below 2 caps the dimension)" : "")));
                    s.append(Yaml.comment("  ", q.guidance()));
                    s.append("  ").append(q.id()).append(":\n");
                }
            }
            s.append(recordTemplate(false));
            return s.toString();
        }
    }

    /** {@code toolkit new workbook --stage STAGE}. */
    @Command(name = "workbook", mixinStandardHelpOptions = true,
            description = "A workbook answer file for one life-cycle stage: every action with what counts as done.")
    static final class Workbook extends TemplateCommand {
        @Option(names = "--stage", required = true, paramLabel = "STAGE", description = "The life-cycle stage: ${COMPLETION-CANDIDATES}.")
        LifecycleStage stage;

        @Override
        String template(ContentPack pack) {
            StringBuilder s = new StringBuilder();
            s.append("# Workbook answer file for the stage ").append(stage).append(". Answer every item one of ")
                    .append(Yaml.names(WorkbookStatus.class)).append(".\n");
            s.append("# Then run: toolkit workbook THIS-FILE --stage ").append(stage).append(" --risk RISK-FILE\n");
            s.append("system:          # the system's name\n");
            s.append("answers:\n");
            for (WorkbookItem w : pack.workbookItems(stage)) {
                s.append('\n');
                s.append(Yaml.comment("  ", w.principle() + " (" + w.owner() + "): " + w.text()));
                s.append(Yaml.comment("  ", "Done when: " + w.guidance()));
                s.append("  ").append(w.id()).append(":\n");
            }
            s.append(recordTemplate(false));
            return s.toString();
        }
    }
}
