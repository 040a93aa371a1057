package org.raitoolkit.content.internal;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character source for a file that is printable ASCII throughout, which answer files
 * almost always are: the file's bytes are its characters, so they are taken as code points in one
 * pass, with nothing left to decode or check later.
 *
 * <p>Why: SnakeYAML's own {@link StreamReader} takes characters from a {@link java.io.Reader} in
 * pieces of a thousand, turns each piece into code points, checks every one of them for being
 * printable and copies what is left of its window on every piece; with Jackson's UTF-8 decoding in
 * front, that was about a twentieth of the time to read an answer file, by C1 and by C2.
 *
 * <p>It behaves as SnakeYAML's reader does over the same text: the same characters, lines,
 * columns, indices and marks, as the tests check token by token. Marks quote the text around a
 * place from the whole file instead of the current piece, which only the quoted snippet of a
 * parse error shows, and the reader of answer files leaves snippets out of its messages. A file
 * with any other byte goes to SnakeYAML's reader, which reports the character that is not allowed
 * where it finds it.
 */
final class AsciiStreamReader extends StreamReader {

    /** The name SnakeYAML's reader gives its source in marks, {@code 'reader'}, read from it. */
    private static final String NAME = new StreamReader(new StringReader("")).getMark().getName();

    /** By byte value, see {@link #printableBytes}. */
    private static final boolean[] PRINTABLE = printableBytes();

    /** The file's bytes, which are its characters; text is copied from them. */
    private final byte[] bytes;
    private final int offset;
    /** The file's characters as code points, as SnakeYAML's marks hold their text. */
    private final int[] data;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    private AsciiStreamReader(byte[] bytes, int offset, int[] data) {
        // SnakeYAML's constructor needs a source; this reader never asks it for anything.
        super(Reader.nullReader());
        this.bytes = bytes;
        this.offset = offset;
        this.data = data;
    }

    /**
     * A reader of {@code length} bytes of {@code bytes} from {@code offset}, or {@code null} when
     * one of them is not a printable ASCII character.
     */
    static AsciiStreamReader of(byte[] bytes, int offset, int length) {
        int[] data = new int[length];
        for (int i = 0; i < length; i++) {
            int c = bytes[offset + i];
            // A table, not comparisons: this loop runs over every byte, and compiled by C1 alone
            // the comparisons took almost twice as long.
            if (!PRINTABLE[c & 0xFF]) {
                return null;
            }
            data[i] = c;
        }
        return new AsciiStreamReader(bytes, offset, data);
    }

    /** Whether the byte {@code b} is an ASCII character that SnakeYAML accepts in a stream. */
    static boolean printable(int b) {
        return PRINTABLE[b & 0xFF];
    }

    /**
     * By byte value, whether it is an ASCII character that {@link StreamReader#isPrintable(int)}
     * accepts: space to tilde, tab, line feed and carriage return. A byte of a multi-byte UTF-8
     * sequence, 128 and above, is not ASCII.
     */
    private static boolean[] printableBytes() {
        boolean[] printable = new boolean[256];
        for (int c = 0; c < 128; c++) {
            printable[c] = StreamReader.isPrintable(c);
        }
        return printable;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, data, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    /** Moves past {@code length} characters, counting lines as SnakeYAML does (a CR LF pair is one break). */
    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < data.length; i++) {
            int c = data[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && pointer < data.length && data[pointer] != '\n')) {
                line++;
                column = 0;
            } else {
                // SnakeYAML does not count a byte order mark as a column; in ASCII there is none.
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return pointer < data.length ? data[pointer] : 0;
    }

    @Override
    public int peek(int ahead) {
        int at = pointer + ahead;
        return at < data.length ? data[at] : 0;
    }

    /** The next {@code length} characters, fewer at the end of the file. */
    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        // Latin-1 is a copy of the bytes, where SnakeYAML's way, from code points, checks each.
        return new String(bytes, offset + pointer, Math.min(length, data.length - pointer), StandardCharsets.ISO_8859_1);
    }

    /** The next {@code length} characters, moved past as on one line, as SnakeYAML's reader does. */
    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
