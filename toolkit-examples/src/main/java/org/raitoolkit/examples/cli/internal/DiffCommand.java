package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.RiskAnswers;
import org.raitoolkit.model.RiskResult;
import org.raitoolkit.rules.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toolkit diff OLD NEW}: what changed between two risk assessments of one system. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Name every change between two risk answer files of one system: the answers (profile, ratings, "
                + "mitigations), and what they change in the results (levels, decision, recommendations, findings).")
public final class DiffCommand extends ToolkitCommand {

    /** The output formats. */
    public enum Format { text, json }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier risk answer file.")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later risk answer file.")
    private Path newFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    private Format format;

    @Override
    protected int execute() {
        ToolkitEngine engine = root().engine();
        AnswerFiles files = root().answerFiles();
        // Both files read before either is reported: when both are invalid, every problem of each.
        RiskAnswers a = null;
        RiskAnswers b = null;
        List<Problem> problems = new ArrayList<>();
        try {
            a = files.readRisk(oldFile);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            b = files.readRisk(newFile);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            String which = a == null && b == null ? "neither " + oldFile + " nor " + newFile + " is valid"
                    : (a == null ? oldFile : newFile) + " is not valid";
            throw new InvalidInputException(which, problems);
        }
        RiskResult x = engine.assessRisk(a);
        RiskResult y = engine.assessRisk(b);
        RiskDiff diff = RiskDiff.between(a, x, b, y);
        String warning = differentSystems(a, b);
        if (format == Format.json) {
            ObjectNode root = JSON.createObjectNode();
            if (warning != null) {
                root.put("warning", warning);
            }
            root.put("sameSystem", warning == null);
            root.put("old", oldFile.toString()).put("new", newFile.toString());
            ArrayNode changes = root.putArray("changes");
            for (RiskDiff.Change c : diff.changes()) {
                changes.addObject().put("section", c.section()).put("path", c.path()).put("before", c.before()).put("after", c.after());
            }
            out().println(root.toPrettyString());
        } else {
            if (warning != null) {
                // Names and purposes quote input, which can hold terminal escape sequences.
                out().println("warning: " + Text.lines(warning));
            }
            out().println("Changes from " + oldFile + " to " + newFile + ": " + diff.changes().size());
            String section = "";
            for (RiskDiff.Change c : diff.changes()) {
                if (!c.section().equals(section)) {
                    section = c.section();
                    out().println();
                    out().println(switch (section) {
                        case "answers" -> "Answers";
                        case "record" -> "Record";
                        default -> "Results";
                    });
                }
                out().println("  " + c);
            }
            if (diff.changes().isEmpty()) {
                out().println("No changes: the answers and the results are the same.");
            }
        }
        out().flush();
        return ToolkitCli.OK;
    }

    /** Null when both files describe one system (same name, same purpose); else a warning that says how they differ. */
    private String differentSystems(RiskAnswers a, RiskAnswers b) {
        List<String> differ = new ArrayList<>();
        String nameA = a.system().name();
        String nameB = b.system().name();
        if (!Objects.equals(nameA, nameB)) {
            differ.add("names ('" + Text.printable(String.valueOf(nameA), 80) + "' and '" + Text.printable(String.valueOf(nameB), 80) + "')");
        }
        if (!Objects.equals(a.system().purpose(), b.system().purpose())) {
            differ.add("purposes");
        }
        if (differ.isEmpty()) {
            return null;
        }
        return oldFile + " and " + newFile + " describe different systems (their " + String.join(" and ", differ)
                + " differ); the changes below compare two systems, not two assessments of one";
    }
}
