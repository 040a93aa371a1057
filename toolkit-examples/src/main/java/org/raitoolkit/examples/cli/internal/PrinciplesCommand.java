package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.raitoolkit.examples.cli.ToolkitCli;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.InstrumentalPrinciple;
import org.raitoolkit.model.Principle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code toolkit principles}: the catalogue of core and instrumental principles. */
@Command(name = "principles", mixinStandardHelpOptions = true,
        description = "Print the core principles and their instrumental principles, with what each means.")
public final class PrinciplesCommand extends ToolkitCommand {

    /** The output formats. */
    public enum Format { text, json }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: an array of principles with id, name, meaning and instrumentalPrinciples.")
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
            ArrayNode instrumental = core.putArray("instrumentalPrinciples");
            for (InstrumentalPrinciple i : p.instrumentalPrinciples()) {
                instrumental.addObject().put("id", i.id()).put("name", i.name()).put("meaning", i.meaning());
            }
        }
        try {
            return JSON.writeValueAsString(principles);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(ContentPack pack, PrintWriter out) {
        out.println("Principles for responsible AI innovation in law enforcement");
        out.println("(content pack " + pack.manifest().id() + " " + pack.manifest().version() + ", "
                + pack.principles().size() + " principles, " + pack.instrumentalPrinciples().size() + " instrumental principles)");
        for (Principle p : pack.principles()) {
            out.println();
            out.println(p.id() + "  " + p.name());
            Text.wrap(p.meaning(), "    ", out);
            for (InstrumentalPrinciple i : p.instrumentalPrinciples()) {
                out.println();
                out.println("  " + i.id() + "  " + i.name());
                Text.wrap(i.meaning(), "      ", out);
            }
        }
    }
}
