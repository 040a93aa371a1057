package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.raitoolkit.content.AnswerFiles;
import org.raitoolkit.examples.cli.ToolkitCli;
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
        AnswerFiles files = AnswerFiles.forPack(engine.content());
        RiskAnswers a = files.readRisk(oldFile);
        RiskAnswers b = files.readRisk(newFile);
        RiskResult x = engine.assessRisk(a);
        RiskResult y = engine.assessRisk(b);
        RiskDiff diff = RiskDiff.between(a, x, b, y);
        if (format == Format.json) {
            ObjectNode root = JSON.createObjectNode().put("old", oldFile.toString()).put("new", newFile.toString());
            ArrayNode changes = root.putArray("changes");
            for (RiskDiff.Change c : diff.changes()) {
                changes.addObject().put("section", c.section()).put("path", c.path()).put("before", c.before()).put("after", c.after());
            }
            out().println(root.toPrettyString());
        } else {
            out().println("Changes from " + oldFile + " to " + newFile + ": " + diff.changes().size());
            String section = "";
            for (RiskDiff.Change c : diff.changes()) {
                if (!c.section().equals(section)) {
                    section = c.section();
                    out().println();
                    out().println(section.equals("answers") ? "Answers" : "Results");
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
}
