package org.raitoolkit.examples.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.Guide;
import org.raitoolkit.model.GuideSection;
import org.raitoolkit.reports.GuideRenderer;
import org.raitoolkit.reports.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toolkit guide}: the introductory guide to AI for law enforcement. */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = {"Print the introductory guide to AI for law enforcement: what AI is, its main techniques and",
            "their failure modes, uses in policing, data, evaluation, procurement and the life cycle."})
public final class GuideCommand extends ToolkitCommand {

    /** The output formats. */
    public enum Format { text, markdown, html, pdf, docx }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown, html (one self-contained, accessible page with a list of contents), "
                    + "pdf or docx (these two need --out).")
    private Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the guide to FILE (atomically) instead of standard output.")
    private Path out;

    @Override
    protected int execute() {
        ContentPack pack = root().pack();
        if (pack.guide().sections().isEmpty()) {
            err().println("toolkit: content pack " + pack.manifest().id() + " has no guide; add a guide file to the pack");
            err().flush();
            return ToolkitCli.INVALID_INPUT;
        }
        if ((format == Format.pdf || format == Format.docx) && out == null) {
            err().println("toolkit: --format " + format + " makes a binary file, not text for standard output; "
                    + "give --out FILE, such as --out guide." + format);
            err().flush();
            return ToolkitCli.INVALID_INPUT;
        }
        if (format == Format.pdf || format == Format.docx) {
            ReportFormat binary = format == Format.pdf ? ReportFormat.PDF : ReportFormat.DOCX;
            NewCommand.writeAtomically(out, GuideRenderer.renderBytes(pack, binary));
            err().println("wrote " + out);
            err().flush();
            return ToolkitCli.OK;
        }
        String rendered = switch (format) {
            case text -> text(pack);
            case markdown -> GuideRenderer.render(pack, ReportFormat.MARKDOWN);
            case html -> GuideRenderer.render(pack, ReportFormat.HTML);
            case pdf, docx -> throw new IllegalStateException("binary formats are written above");
        };
        if (out == null) {
            out().print(rendered);
            out().flush();
        } else {
            NewCommand.writeAtomically(out, rendered);
            err().println("wrote " + out);
            err().flush();
        }
        return ToolkitCli.OK;
    }

    /** The guide for a terminal: numbered sections, wrapped paragraphs, and each section's links by name. */
    static String text(ContentPack pack) {
        StringWriter buffer = new StringWriter();
        PrintWriter w = new PrintWriter(buffer);
        Guide guide = pack.guide();
        w.println(Text.printable(guide.title(), Text.WIDTH));
        w.println("(content pack " + pack.manifest().id() + " " + pack.manifest().version() + ", "
                + guide.sections().size() + " sections)");
        w.println();
        Text.wrap(Text.lines(guide.introduction()), "", w);
        int n = 1;
        for (GuideSection s : guide.sections()) {
            w.println();
            w.println(n++ + ". " + Text.printable(s.title(), Text.WIDTH));
            s.paragraphs().forEach(p -> {
                w.println();
                Text.wrap(Text.lines(p), "    ", w);
            });
            if (!s.bullets().isEmpty()) {
                w.println();
                s.bullets().forEach(b -> bullet(Text.lines(b), w));
            }
            w.println();
            links("Glossary terms: ", s.glossaryTerms().stream().map(pack::glossaryTermName).toList(), w);
            links("Principles: ", s.principles().stream().map(id -> pack.principleName(id) + " (" + id + ")").toList(), w);
        }
        w.flush();
        return buffer.toString();
    }

    /** A bullet whose continuation lines line up under its first word. */
    private static void bullet(String text, PrintWriter w) {
        StringWriter item = new StringWriter();
        Text.wrap(text, "      ", new PrintWriter(item, true));
        w.print("    - " + item.toString().substring(6));
    }

    private static void links(String label, java.util.List<String> names, PrintWriter w) {
        if (!names.isEmpty()) {
            Text.wrap(label + Text.lines(String.join(", ", names)) + ".", "    ", w);
        }
    }
}
