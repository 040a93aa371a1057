package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string together with the bytes a generator of one factory writes for it between the quotes.
 * A generator copies these bytes instead of escaping and encoding the string again, which for
 * a string with characters outside Latin-1 means char by char with bounds checks under C1.
 *
 * <p>Not Jackson's {@code SerializedString}: that quotes with the standard escapes only, while
 * our factory also escapes {@code < > & '}; the bytes here come from the factory itself, so a
 * pre-encoded string and the same string written plainly are the same bytes. Immutable.
 */
final class PreEncodedText implements SerializableString {

    private final String value;
    private final int hash;
    private final byte[] quotedUtf8;

    private PreEncodedText(String value, byte[] quotedUtf8) {
        this.value = value;
        this.hash = value.hashCode();
        this.quotedUtf8 = quotedUtf8;
    }

    /** {@code value} as a generator from {@code factory} writes it, without the quotes. */
    static PreEncodedText of(JsonFactory factory, String value) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(value.length() + 16);
        try (JsonGenerator g = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeString(value);
        } catch (IOException e) {
            // A byte buffer does not fail.
            throw new UncheckedIOException(e);
        }
        byte[] quoted = bytes.toByteArray();
        return new PreEncodedText(value, Arrays.copyOfRange(quoted, 1, quoted.length - 1));
    }

    /** The value's hash, kept here so that a look-up by value need not read the string. */
    int hash() {
        return hash;
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public int charLength() {
        return value.length();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        if (offset + quotedUtf8.length > buffer.length) {
            // Jackson's contract: -1 when it does not fit, and the generator then writes asQuotedUTF8().
            return -1;
        }
        System.arraycopy(quotedUtf8, 0, buffer, offset, quotedUtf8.length);
        return quotedUtf8.length;
    }

    @Override
    public byte[] asQuotedUTF8() {
        // A copy: the array is shared by every report that writes this text.
        return quotedUtf8.clone();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        out.write(quotedUtf8);
        return quotedUtf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        if (quotedUtf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(quotedUtf8);
        return quotedUtf8.length;
    }

    // The escapes are ASCII, so the quoted chars are the quoted bytes read back as UTF-8.
    @Override
    public char[] asQuotedChars() {
        return new String(quotedUtf8, StandardCharsets.UTF_8).toCharArray();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return append(asQuotedChars(), buffer, offset);
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        byte[] unquoted = asUnquotedUTF8();
        if (offset + unquoted.length > buffer.length) {
            return -1;
        }
        System.arraycopy(unquoted, 0, buffer, offset, unquoted.length);
        return unquoted.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return append(value.toCharArray(), buffer, offset);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        byte[] unquoted = asUnquotedUTF8();
        out.write(unquoted);
        return unquoted.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        byte[] unquoted = asUnquotedUTF8();
        if (unquoted.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(unquoted);
        return unquoted.length;
    }

    private static int append(char[] chars, char[] buffer, int offset) {
        if (offset + chars.length > buffer.length) {
            return -1;
        }
        System.arraycopy(chars, 0, buffer, offset, chars.length);
        return chars.length;
    }

    @Override
    public String toString() {
        return value;
    }
}
