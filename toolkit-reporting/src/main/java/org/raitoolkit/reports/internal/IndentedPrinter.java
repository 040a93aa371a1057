package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Jackson's pretty printer with the same output, writing its white space and separators from
 * bytes encoded once. The stock printer writes each as a {@code String}, which the generator
 * copies into chars and encodes one by one: a line end and indent before every field and value,
 * and {@code ": "} and {@code ","} between them, made the indented layout of a risk report
 * twice as slow as the compact one under C1.
 *
 * <p>A new instance per document ({@link #createInstance}), as for the stock printer: it keeps
 * the nesting depth.
 */
final class IndentedPrinter extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    private final SerializableString fieldValueSeparator;
    private final SerializableString objectEntrySeparator;
    private final SerializableString arrayValueSeparator;

    /** {@code base}'s separators and indenters; theirs stay the stock ones, ours are {@link Indentation}. */
    IndentedPrinter(DefaultPrettyPrinter base) {
        super(base);
        fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
        objectEntrySeparator = new SerializedString(_objectEntrySeparator);
        arrayValueSeparator = new SerializedString(_arrayValueSeparator);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new IndentedPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(fieldValueSeparator);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(objectEntrySeparator);
        _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(arrayValueSeparator);
        _arrayIndenter.writeIndentation(g, _nesting);
    }

    /**
     * A line end and {@code indent} once per level, as Jackson's {@code DefaultIndenter} writes
     * them, from bytes encoded once for the first {@link #LEVELS} levels. Immutable.
     */
    static final class Indentation implements DefaultPrettyPrinter.Indenter {

        /** Deeper than any report goes; deeper levels are written all the same, only slower. */
        private static final int LEVELS = 32;

        private final String eol;
        private final String indent;
        private final SerializableString[] levels = new SerializableString[LEVELS];

        Indentation(String indent, String eol) {
            this.eol = eol;
            this.indent = indent;
            for (int level = 0; level < LEVELS; level++) {
                levels[level] = new SerializedString(eol + indent.repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level < LEVELS) {
                g.writeRaw(levels[level]);
            } else {
                g.writeRaw(eol + indent.repeat(level));
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
