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

    /**
     * Whether the first candidate the resolver tries for a value starting with 1 to 9 is its
     * integer pattern, which every string of digits without a leading zero matches.
     */
    private static final boolean DIGITS_ARE_INTEGERS = firstCandidates("123456789", "int", Resolver.INT, 1024);

    /** Whether the first candidate the resolver tries for a value starting with t or f is its boolean pattern. */
    private static final boolean TRUE_FALSE_ARE_BOOLEANS = firstCandidates("tf", "bool", Resolver.BOOL, 10);

    TextFirstYamlFactory() {
        super(YAMLFactory.builder());
    }

    /** Whether the shortcuts are on: the resolver is the one this class knows. For tests. */
    static boolean shortcutOn() {
        return TYPED_START != null && DIGITS_ARE_INTEGERS && TRUE_FALSE_ARE_BOOLEANS;
    }

    /** Whether {@code value}, a plain (unquoted, untagged) scalar, is text without asking the resolver. For tests too. */
    static boolean plainIsText(String value) {
        if (TYPED_START == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first >= TYPED_START.length || !TYPED_START[first];
    }

    /**
     * Whether {@code value}, a plain scalar, is a decimal whole number without sign, underscore or
     * leading zero, which the resolver's table types as an integer by its first candidate; it
     * then goes straight to Jackson's decoding of integers. For tests too.
     */
    static boolean plainIsWholeNumber(String value) {
        int length = value.length();
        if (!DIGITS_ARE_INTEGERS || length == 0 || length > 18 || value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
         * What Jackson's own method returns for a value whose type the resolver's table settles
         * by the first character (see {@link #plainIsText} and {@link #plainIsWholeNumber}), set
         * up the same way; anything else goes to Jackson.
         */
        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            String value = scalar.getValue();
            String tag = scalar.getTag();
            if (!value.isEmpty() && (tag == null || tag.equals("!"))) {
                boolean plain = scalar.getImplicit().canOmitTagInPlainScalar();
                if (!plain || plainIsText(value)) {
                    _textValue = value;
                    _cleanedTextValue = null;
                    return JsonToken.VALUE_STRING;
                }
                if (plainIsWholeNumber(value)) {
                    _textValue = value;
                    _cleanedTextValue = null;
                    return _decodeNumberScalar(value, value.length());
                }
                // Jackson reads a value that the resolver calls a boolean as one, in any case.
                if (TRUE_FALSE_ARE_BOOLEANS && (value.equals("true") || value.equals("false"))) {
                    _textValue = value;
                    _cleanedTextValue = null;
                    return value.length() == 4 ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
                }
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

    /** Whether the resolver tries {@code pattern} for {@code tag} first for values starting with any of {@code starts}. */
    private static boolean firstCandidates(String starts, String tag, java.util.regex.Pattern pattern, int limit) {
        Map<Character, List<?>> resolvers = new ResolverView().resolvers();
        String expected = "Tuple tag=tag:yaml.org,2002:" + tag + " regexp=" + pattern.pattern() + " limit=" + limit;
        for (char c : starts.toCharArray()) {
            List<?> candidates = resolvers.get(c);
            if (candidates == null || candidates.isEmpty() || !String.valueOf(candidates.get(0)).equals(expected)) {
                return false;
            }
        }
        return true;
    }

    /** SnakeYAML's default resolver, opened to read its table of candidates by first character. */
    private static final class ResolverView extends Resolver {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<Character, List<?>> resolvers() {
            return (Map) yamlImplicitResolvers;
        }
    }
}
