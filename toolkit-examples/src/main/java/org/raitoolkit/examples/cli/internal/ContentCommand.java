package org.raitoolkit.examples.cli.internal;

import java.nio.file.Path;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.ContentPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code toolkit content}: work with content packs. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = "Work with content packs: the principles, questions, risk factors and other texts the tools read.",
        subcommands = {ContentCommand.Validate.class})
public final class ContentCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** {@code toolkit content validate [DIR]}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check a content pack: every file, every object, and the pack as a whole.",
                "Prints OK and what the pack holds, or every problem found (exit code 2)."})
    public static final class Validate extends ToolkitCommand {

        @Parameters(arity = "0..1", paramLabel = "DIR",
                description = "The pack's folder. Default: the folder given with --content, else the built-in pack.")
        private Path dir;

        @Override
        protected int execute() {
            ContentPack pack = dir != null ? ContentPacks.load(dir) : root().pack();
            out().println("OK: " + pack.manifest().id() + " " + pack.manifest().version() + ": " + summary(pack));
            out().flush();
            return ToolkitCli.OK;
        }

        static String summary(ContentPack pack) {
            return count(pack.principles().size(), "principle") + ", "
                    + count(pack.instrumentalPrinciples().size(), "instrumental principle") + ", "
                    + count(pack.dimensions().size(), "readiness dimension") + ", "
                    + count(pack.readinessQuestions().size(), "readiness question") + ", "
                    + count(pack.riskFactors().size(), "risk factor") + ", "
                    + count(pack.riskFactors().stream().mapToInt(f -> f.mitigations().size()).sum(), "mitigation") + ", "
                    + count(pack.workbookItems().size(), "workbook item") + ", "
                    + count(pack.roadmap().size(), "roadmap phase") + ", "
                    + count(pack.recommendations().size(), "recommendation") + ", "
                    + count(pack.glossary().size(), "glossary term") + ", "
                    + count(pack.guide().sections().size(), "guide section") + ", "
                    + count(pack.instruments().instruments().size(), "cited instrument") + ", "
                    + count(pack.crosswalks().size(), "crosswalk entry", "crosswalk entries");
        }

        private static String count(int n, String noun) {
            return count(n, noun, noun + "s");
        }

        private static String count(int n, String singular, String plural) {
            return n + " " + (n == 1 ? singular : plural);
        }
    }
}
