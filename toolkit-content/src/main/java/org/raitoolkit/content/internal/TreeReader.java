package org.raitoolkit.content.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.UTF8Reader;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raitoolkit.content.ReadLimits;
import org.raitoolkit.model.Problem;

/**
 * Parses YAML or JSON into a tree while recording where each value starts, and reports duplicate
 * keys with their positions. A YAML alias or a value past the read limits (too deep, too long,
 * too many entries, keys or values) stops the read at once with one problem at its place, so that
 * a hostile file costs no more than the limits allow. YAML is read with the booleans of YAML 1.2:
 * {@code true} and {@code false} only.
 *
 * <p>We walk the token stream ourselves instead of asking Jackson for a tree because a Jackson
 * tree forgets positions, and because a duplicate key must be an error, not a silent overwrite.
 */
public final class TreeReader {

    /** What the parsers say of bytes that are not UTF-8. */
    private static final Pattern NOT_UTF8 = Pattern.compile("(?i)invalid utf-8|CharConversionException|does not look like UTF-8");
    /** A Java class name before a message ("java.io.IOException: "), or in backquotes. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|com\\.fasterxml|org\\.yaml)\\.[\\w.$]+(?:: )?|`[\\w.$]+`");

    /** {@code message} without the names of Java classes, which mean nothing to the person who wrote the file. */
    static String withoutJavaNames(String message) {
        return JAVA_NAME.matcher(message).replaceAll("").trim();
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final ReadLimits limits;
    private final JsonFactory jsonFactory;
    private final JsonFactory yamlFactory;

    /**
     * A reader with its own parser factories. Thread-safe: keep one per set of limits (an
     * {@code AnswerFiles} does) rather than one per file, since making the factories is not free.
     */
    public TreeReader(ReadLimits limits) {
        this.limits = limits;
        JsonFactory[] factories = factories(limits);
        this.jsonFactory = factories[0];
        this.yamlFactory = factories[1];
    }

    /**
     * A JSON and a YAML factory whose parsers enforce Jackson's own constraints as a second line
     * behind our counting: a little past our limits, so that ours, with their clearer messages,
     * are met first; and on what we do not count, the digits of a number (Jackson's default).
     */
    private static JsonFactory[] factories(ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(saturated(limits.maxDepth() + 1L))
                .maxStringLength(saturated(2L * limits.maxStringLength() + 16))
                .maxNameLength(saturated(2L * limits.maxStringLength() + 16))
                .maxDocumentLength(limits.maxFileBytes() + 1)
                .maxTokenCount(4L * limits.maxNodes() + 64)
                .build();
        return new JsonFactory[] {
            JsonFactory.builder().streamReadConstraints(constraints).build(),
            YAMLFactory.builder().streamReadConstraints(constraints).build()};
    }

    private static int saturated(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    /** Ends a read at the first limit crossed; carries the one problem that says which. */
    private static final class LimitCrossed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        LimitCrossed(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * Parses {@code content}. Problems are added to {@code problems}; the tree is returned even
     * when there are some (with offending values replaced by null), or {@code null} when the file
     * could not be parsed at all.
     */
    public LocatedTree read(String source, byte[] content, List<Problem> problems) {
        if (content.length > limits.maxFileBytes()) {
            problems.add(new Problem(source, 0, 0, "", "file is " + content.length
                    + " bytes; the largest allowed is " + limits.maxFileBytes() + " bytes"));
            return null;
        }
        boolean json = source.endsWith(".json");
        PositionsOnDemand positions = new PositionsOnDemand(source, content, json);
        Walk walk = new Walk(source, null, positions, problems);
        JsonParser[] opened = new JsonParser[1];
        try (JsonParser parser = parser(source, content, json)) {
            opened[0] = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(source, 1, 1, "", "file is empty; expected "
                        + (json ? "a JSON object" : "a YAML mapping")));
                return null;
            }
            JsonNode root = walk.value(parser, PointerPath.ROOT, 1);
            if (parser.nextToken() != null) {
                problems.add(walk.at(parser, "", "more than one document in the file; expected exactly one"));
            }
            return new LocatedTree(source, root, positions);
        } catch (LimitCrossed e) {
            problems.add(e.problem);
            return null;
        } catch (StreamConstraintsException e) {
            // Jackson gives no place with these; the token it was reading started here.
            JsonLocation loc = e.getLocation() != null ? e.getLocation()
                    : opened[0] != null ? opened[0].currentTokenLocation() : null;
            problems.add(new Problem(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), "",
                    constraintMessage(e.getOriginalMessage(), limits) + "; reading stopped here"));
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            int column = loc == null ? 0 : loc.getColumnNr();
            // SnakeYAML names the place of the problem last; Jackson's location is where it stopped
            // reading, which can be a line earlier.
            Matcher mark = MARK.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
            while (mark.find()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
            }
            String message = oneLine(e.getOriginalMessage());
            problems.add(new Problem(source, line, column, "", NOT_UTF8.matcher(message).find()
                    ? "the file is not text encoded as UTF-8; save it as UTF-8 (a byte here is not UTF-8)"
                    : "malformed " + (json ? "JSON" : "YAML") + ": " + withoutJavaNames(message)));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(source, 0, 0, "", NOT_UTF8.matcher(String.valueOf(e.getMessage())).find()
                    ? "the file is not text encoded as UTF-8; save it as UTF-8"
                    : "could not be read: " + withoutJavaNames(String.valueOf(e.getMessage()))));
            return null;
        }
    }

    /**
     * The line and column of every value of a file by JSON pointer, found by a second pass over it
     * when first asked, which is when a problem is to be placed: on the first pass a file has
     * usually none, and recording them for every value cost more than parsing.
     */
    private final class PositionsOnDemand implements Supplier<Map<String, int[]>> {
        private final String source;
        private final byte[] content;
        private final boolean json;
        private Map<String, int[]> positions;

        PositionsOnDemand(String source, byte[] content, boolean json) {
            this.source = source;
            this.content = content;
            this.json = json;
        }

        @Override
        public Map<String, int[]> get() {
            if (positions == null) {
                positions = find();
            }
            return positions;
        }

        private Map<String, int[]> find() {
            Map<String, int[]> found = new HashMap<>();
            // The same walk as the first pass, so the same values get the same pointers; its
            // problems were reported by the first pass.
            Walk walk = new Walk(source, found, () -> found, new ArrayList<>());
            try (JsonParser parser = parser(source, content, json)) {
                if (parser.nextToken() != null) {
                    walk.value(parser, PointerPath.ROOT, 1);
                }
            } catch (IOException | LimitCrossed e) {
                // Not expected: the first pass read the same bytes this far. What was found still
                // places problems, at the nearest value above theirs if need be.
            }
            return found;
        }
    }

    /** The two numbers of a message of Jackson's constraints: what was found, and the most allowed. */
    private static final Pattern FOUND_AND_ALLOWED = Pattern.compile("\\((\\d+)\\).*?\\((\\d+)");

    /** What Jackson says when one of its constraints is crossed, in the toolkit's words. */
    static String constraintMessage(String message, ReadLimits limits) {
        String m = String.valueOf(message);
        Matcher n = FOUND_AND_ALLOWED.matcher(m);
        boolean numbers = n.find();
        String found = numbers ? n.group(1) : "more";
        String allowed = numbers ? n.group(2) : "the limit";
        if (m.contains("NumberLength")) {
            return "a number is " + found + " digits long; the longest allowed is " + allowed;
        } else if (m.contains("NestingDepth")) {
            return "nested deeper than " + allowed + " levels";
        } else if (m.contains("StringLength") || m.contains("NameLength")) {
            // Jackson counts what it has read so far, and stops past a margin over our limit.
            return "a value or key is longer than " + limits.maxStringLength() + " characters, the longest allowed";
        } else if (m.contains("DocumentLength")) {
            return "file is longer than " + allowed + " bytes";
        } else if (m.contains("TokenCount")) {
            return "more than " + allowed + " values, keys and brackets in the file";
        }
        return "a value is too large: " + withoutJavaNames(m).replaceAll("\\(?, from \\)?", "");
    }

    /** A parser of {@code content}; for YAML, one that cannot be made to read one value without end. */
    private JsonParser parser(String source, byte[] content, boolean json) throws IOException {
        if (json) {
            return jsonFactory.createParser(content);
        }
        BoundedReader reader = new BoundedReader(source, new UTF8Reader(content, 0, content.length, true));
        JsonParser parser = yamlFactory.createParser(reader);
        reader.parser = parser;
        return parser;
    }

    /**
     * The characters of a YAML file, up to a bound on how far the parser reads past the start of
     * its last value. SnakeYAML copies all it has read of a value each time it reads more (about
     * every 1,000 characters), so a value of a million characters costs gigabytes of copying before
     * the parser returns it and we could see its length. This stops such a read: no value within
     * the limits (a text of {@code maxStringLength} characters, the one before it, and the space
     * between them) comes near the bound.
     */
    private final class BoundedReader extends java.io.Reader {
        private final String source;
        private final java.io.Reader in;
        private final long bound = 2L * limits.maxStringLength() + 65_536;
        private long codePoints;
        JsonParser parser;

        BoundedReader(String source, java.io.Reader in) {
            this.source = source;
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                if (!Character.isLowSurrogate(buffer[offset + i])) {
                    codePoints++;
                }
            }
            if (parser != null && n > 0) {
                long start = Math.max(0, parser.currentTokenLocation().getCharOffset());
                if (codePoints - start > bound) {
                    JsonLocation at = parser.currentLocation();
                    throw new LimitCrossed(new Problem(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), "",
                            "a value starting here runs on for more than " + bound + " characters (the longest text "
                                    + "allowed is " + limits.maxStringLength() + "); reading stopped here"));
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** SnakeYAML's "in 'reader', line 2, column 10:" marks, each followed by a quoted snippet. */
    private static final Pattern MARK = Pattern.compile("\\s*in '[^']*', line (\\d+), column (\\d+):?", Pattern.MULTILINE);

    /**
     * The parser's message on one line: SnakeYAML spreads it over several, quoting the file with
     * a caret under the place, which breaks the one-problem-per-line format of our errors.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "no details";
        }
        List<String> lines = message.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Matcher mark = MARK.matcher(lines.get(i));
            if (mark.matches()) {
                out.append(" (line ").append(mark.group(1)).append(", column ").append(mark.group(2)).append(')');
                // The quoted snippet and its caret line are indented; the file itself is one read away.
                while (i + 1 < lines.size() && (lines.get(i + 1).startsWith(" ") || lines.get(i + 1).isBlank())) {
                    i++;
                }
            } else if (!lines.get(i).isBlank()) {
                out.append(out.length() == 0 ? "" : ": ").append(lines.get(i).trim());
            }
        }
        return out.toString();
    }

    /** One pass over one document. */
    private final class Walk {
        private final String source;
        /** Where to record each value's position, or {@code null} on a pass that records none. */
        private final Map<String, int[]> record;
        /** Every value's position, for the message about a duplicate key. */
        private final Supplier<Map<String, int[]>> positions;
        private final List<Problem> problems;

        Walk(String source, Map<String, int[]> record, Supplier<Map<String, int[]>> positions, List<Problem> problems) {
            this.source = source;
            this.record = record;
            this.positions = positions;
            this.problems = problems;
        }

        Problem at(JsonParser parser, String pointer, String message) {
            JsonLocation loc = parser.currentTokenLocation();
            return new Problem(source, loc.getLineNr(), loc.getColumnNr(), pointer, message);
        }

        Problem at(JsonParser parser, PointerPath pointer, String message) {
            return at(parser, pointer.toString(), message);
        }

        /** Values read so far. */
        private int nodes;

        /** Stops the read with a problem at the current token. */
        private LimitCrossed stop(JsonParser parser, PointerPath pointer, String message) {
            return new LimitCrossed(at(parser, pointer, message + "; reading stopped here"));
        }

        JsonNode value(JsonParser parser, PointerPath pointer, int depth) throws IOException {
            if (++nodes > limits.maxNodes()) {
                throw stop(parser, pointer, "more than " + limits.maxNodes() + " values in the file; the most allowed is "
                        + limits.maxNodes());
            }
            if (record != null) {
                JsonLocation loc = parser.currentTokenLocation();
                record.put(pointer.toString(), new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
            // Aliases would let a small file expand into a huge tree, and hide where a value came from.
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw stop(parser, pointer, "YAML aliases (*name) are not allowed; write the value out");
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    if (depth > limits.maxDepth()) {
                        throw stop(parser, pointer, "nested deeper than " + limits.maxDepth() + " levels, the deepest allowed");
                    }
                    return object(parser, pointer, depth);
                case START_ARRAY:
                    if (depth > limits.maxDepth()) {
                        throw stop(parser, pointer, "nested deeper than " + limits.maxDepth() + " levels, the deepest allowed");
                    }
                    return array(parser, pointer, depth);
                case VALUE_STRING:
                    String text = parser.getText();
                    if (text.length() > limits.maxStringLength()) {
                        throw stop(parser, pointer, "text is " + text.length()
                                + " characters; the longest allowed is " + limits.maxStringLength());
                    }
                    return NODES.textNode(text);
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    // YAML 1.1 also reads yes, no, on, off, y and n as booleans, which would turn
                    // "legalBasis: NO" or "language: no" into false. We read YAML as 1.2 does:
                    // only true and false are booleans, every other word stays text.
                    String word = parser.getText();
                    if (parser instanceof YAMLParser && word != null
                            && !word.equalsIgnoreCase("true") && !word.equalsIgnoreCase("false")) {
                        return NODES.textNode(word);
                    }
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    problems.add(at(parser, pointer, "unexpected " + token));
                    return NODES.nullNode();
            }
        }

        private ObjectNode object(JsonParser parser, PointerPath pointer, int depth) throws IOException {
            ObjectNode node = NODES.objectNode();
            int count = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                PointerPath child = pointer.key(name);
                boolean tooLong = name.length() > limits.maxStringLength();
                boolean duplicate = !tooLong && node.has(name);
                // Only a problem with the key needs the key's place (finding it costs an object).
                JsonLocation keyLoc = tooLong || duplicate ? parser.currentTokenLocation() : null;
                parser.nextToken();
                if (tooLong) {
                    // Placed at the mapping: a pointer made of the key would carry all of it into
                    // every message, and messages quote keys.
                    throw new LimitCrossed(new Problem(source, keyLoc.getLineNr(), keyLoc.getColumnNr(), pointer.toString(), "a key is "
                            + name.length() + " characters; the longest allowed is " + limits.maxStringLength()
                            + "; reading stopped here"));
                }
                if (++count > limits.maxMappingKeys()) {
                    throw stop(parser, child, "more than " + limits.maxMappingKeys() + " keys in one mapping; the most allowed is "
                            + limits.maxMappingKeys());
                }
                if (duplicate) {
                    if (ProblemList.isFull(problems)) {
                        // Not listed: no need to find where the first one was.
                        problems.add(new Problem(source, 0, 0, "", "duplicate key"));
                        parser.skipChildren();
                        continue;
                    }
                    int[] first = positions.get().get(child.toString());
                    problems.add(new Problem(source, keyLoc.getLineNr(), keyLoc.getColumnNr(), child.toString(),
                            "duplicate key '" + name + "'" + (first == null ? "" : " (first at line " + first[0] + ")")
                                    + "; each key may appear once"));
                    parser.skipChildren();
                    continue;
                }
                node.set(name, value(parser, child, depth + 1));
            }
            return node;
        }

        private ArrayNode array(JsonParser parser, PointerPath pointer, int depth) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                PointerPath child = pointer.index(index);
                if (index == limits.maxListLength()) {
                    throw stop(parser, child, "more than " + limits.maxListLength() + " entries in one list; the most allowed is "
                            + limits.maxListLength());
                }
                node.add(value(parser, child, depth + 1));
                index++;
            }
            return node;
        }
    }
}
