package org.raitoolkit.examples.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/** Reads the files a command checks (reports, keys, signatures) whole, but never more than a bound. */
final class InputFiles {

    /** The largest report sign and verify read: a report the toolkit wrote is far smaller. */
    static final long MAX_REPORT_BYTES = 50L * 1024 * 1024;

    private static final long MB = 1024 * 1024;

    private InputFiles() {
    }

    /**
     * The bytes of {@code file}, at most {@code maxBytes} of them.
     *
     * @param what what the file should be, for messages: "the report", "the public key"
     * @throws InvalidInputException if the file is missing, unreadable or larger than {@code maxBytes}
     */
    static byte[] read(Path file, long maxBytes, String what) {
        // Read up to one byte past the bound, not Files.size first: the file can grow in between.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw invalid(file, what, "it is larger than " + (maxBytes >= MB ? maxBytes / MB + " MB" : maxBytes + " bytes")
                        + ", the most read");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw invalid(file, what, "no such file");
        } catch (IOException e) {
            throw invalid(file, what, "could not be read: " + IoMessages.reason(e));
        }
    }

    /** "{@code file} is not valid: {@code what} {@code message}" as the toolkit reports input problems. */
    static InvalidInputException invalid(Path file, String what, String message) {
        return new InvalidInputException(file + " is not valid", List.of(new Problem(file.toString(), 0, 0, "",
                what + ": " + message)));
    }
}
