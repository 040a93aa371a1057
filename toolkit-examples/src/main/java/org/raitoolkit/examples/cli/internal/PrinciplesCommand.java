package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.raitoolkit.examples.cli.ToolkitCli;
import java.util.List;
import java.util.stream.Collectors;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InstrumentalPrinciple;
import org.raitoolkit.model.Principle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toolkit principles}: the catalogue of core and instrumental principles. */
@Command(name = "principles", mixinStandardHelpOptions = true,
        description = {"Print the core principles and their instrumental principles, with what each means and the",
            "provisions of laws, conventions and frameworks each engages (pointers for the reader, not legal advice)."})
public final class PrinciplesCommand extends ToolkitCommand {

    /** The output formats. */
    public enum Format { text, json }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: an array of principles with id, name, meaning, engages and instrumentalPrinciples.")
    private Format format;

    @Override
    protected int execute() {
        ContentPack pack = root().pack();
        if (format == Format.json) {
            out().println(json(pack));
        } else {
            text(pack, out());
        }
        out().flush();
        return ToolkitCli.OK;
    }

    /** The catalogue as a JSON array; the shape is spelled out so that it stays put when the model grows. */
    static String json(ContentPack pack) {
        ArrayNode principles = JSON.createArrayNode();
        for (Principle p : pack.principles()) {
            ObjectNode core = principles.addObject().put("id", p.id()).put("name", p.name()).put("meaning", p.meaning());
            engages(core, pack.engages(p.id()));
            ArrayNode instrumental = core.putArray("instrumentalPrinciples");
            for (InstrumentalPrinciple i : p.instrumentalPrinciples()) {
                ObjectNode node = instrumental.addObject().put("id", i.id()).put("name", i.name()).put("meaning", i.meaning());
                engages(node, pack.engages(i.id()));
            }
        }
        try {
            return JSON.writeValueAsString(principles);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provisions a principle engages, from the pack's crosswalks; an empty list without them. */
    private static void engages(ObjectNode node, List<Citation> citations) {
        ArrayNode engages = node.putArray("engages");
        for (Citation c : citations) {
            engages.addObject().put("instrument", c.instrument()).put("article", c.article()).put("jurisdiction", c.jurisdiction());
        }
    }

    /** "Engages: EU AI Act Art. 5(1); LED Art. 8(1)", wrapped under the meaning; nothing without crosswalks. */
    private static void engagesText(List<Citation> citations, String indent, PrintWriter out) {
        if (!citations.isEmpty()) {
            Text.wrap("Engages: " + citations.stream().map(c -> c.instrument() + " " + c.article())
                    .collect(Collectors.joining("; ")), indent, out);
        }
    }

    private static void text(ContentPack pack, PrintWriter out) {
        out.println("Principles for responsible AI innovation in law enforcement");
        if (!pack.crosswalks().isEmpty()) {
            out.println("(\"Engages\" names provisions worth reading for each principle: pointers, not legal advice.)");
        }
        out.println("(content pack " + pack.manifest().id() + " " + pack.manifest().version() + ", "
                + pack.principles().size() + " principles, " + pack.instrumentalPrinciples().size() + " instrumental principles)");
        for (Principle p : pack.principles()) {
            out.println();
            out.println(p.id() + "  " + p.name());
            Text.wrap(p.meaning(), "    ", out);
            engagesText(pack.engages(p.id()), "    ", out);
            for (InstrumentalPrinciple i : p.instrumentalPrinciples()) {
                out.println();
                out.println("  " + i.id() + "  " + i.name());
                Text.wrap(i.meaning(), "      ", out);
                engagesText(pack.engages(i.id()), "      ", out);
            }
        }
    }
}
