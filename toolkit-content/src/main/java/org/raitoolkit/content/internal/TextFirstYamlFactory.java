package org.raitoolkit.content.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Jackson's YAML factory, whose parsers tell a scalar that can only be text without asking
 * SnakeYAML's type resolver. Everything else is Jackson's own parsing.
 *
 * <p>Why: Jackson asks the resolver about every scalar value, and the resolver answers by
 * running regular expressions (those for null and for the empty string, for a value such as
 * {@code ALMOST_CERTAIN} or {@code MIT-...}), which was about an eighth of the time to read an
 * answer file when compiled by C1 alone. Most values of an answer file are words, ids and
 * sentences; the resolver picks its candidate types by the first character, and a value whose
 * first character starts none of them is text, so the answer is known without a regular
 * expression.
 *
 * <p>Which first characters can start a typed value is read from SnakeYAML's own resolver once,
 * and the shortcut is off if that resolver is not the one this class was written against (see
 * {@link #TYPED_START}); the tests compare both answers over many values.
 */
final class TextFirstYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    /**
     * By ASCII code, whether a plain scalar starting with that character may resolve to a type
     * other than text; {@code null} turns the shortcut off.
     */
    private static final boolean[] TYPED_START = typedStarts();

    TextFirstYamlFactory() {
        super(YAMLFactory.builder());
    }

    /** Whether the shortcut is on: the resolver is the one this class knows. For tests. */
    static boolean shortcutOn() {
        return TYPED_START != null;
    }

    /** Whether {@code value}, a plain (unquoted, untagged) scalar, is text without asking the resolver. For tests too. */
    static boolean plainIsText(String value) {
        if (TYPED_START == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first >= TYPED_START.length || !TYPED_START[first];
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                _createReader(data, offset, len, null, ctxt));
    }

    /** Jackson's parser with the shortcut in front of its scalar typing. */
    private static final class Parser extends YAMLParser {

        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions loaderOptions,
               com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, loaderOptions, codec, reader);
        }

        /**
         * What Jackson's own method returns for a value the resolver would call text (an
         * untagged scalar that is quoted, or plain and not typed by its first character), set
         * up the same way; anything else goes to Jackson.
         */
        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            String value = scalar.getValue();
            String tag = scalar.getTag();
            if (!value.isEmpty() && (tag == null || tag.equals("!"))
                    && (!scalar.getImplicit().canOmitTagInPlainScalar() || plainIsText(value))) {
                _textValue = value;
                _cleanedTextValue = null;
                return JsonToken.VALUE_STRING;
            }
            return super._decodeScalar(scalar);
        }
    }

    /**
     * The first characters for which SnakeYAML's resolver has candidate types, plus the space:
     * a value whose first character has none is tried against the candidates kept under no
     * character, which in SnakeYAML 2 are the null patterns {@code ~|null|Null|NULL| } and the
     * empty string, so of those only " " starts with a character not listed. If the resolver
     * has other candidates under no character, or keys outside ASCII, the shortcut is off.
     */
    private static boolean[] typedStarts() {
        Map<Character, List<?>> resolvers = new ResolverView().resolvers();
        List<?> anyStart = resolvers.get(null);
        String expected = "[Tuple tag=tag:yaml.org,2002:null regexp=" + Resolver.NULL.pattern() + " limit=10, "
                + "Tuple tag=tag:yaml.org,2002:null regexp=" + Resolver.EMPTY.pattern() + " limit=10]";
        if (anyStart == null || !expected.equals(anyStart.toString())) {
            return null;
        }
        boolean[] typed = new boolean[128];
        typed[' '] = true;
        for (Character c : resolvers.keySet()) {
            if (c == null) {
                continue;
            }
            if (c >= typed.length) {
                return null;
            }
            typed[c] = true;
        }
        return typed;
    }

    /** SnakeYAML's default resolver, opened to read its table of candidates by first character. */
    private static final class ResolverView extends Resolver {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<Character, List<?>> resolvers() {
            return (Map) yamlImplicitResolvers;
        }
    }
}
