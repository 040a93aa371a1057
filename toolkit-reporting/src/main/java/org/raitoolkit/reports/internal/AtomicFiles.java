package org.raitoolkit.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a file so that readers see either the old content or the whole new content. */
public final class AtomicFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Renders the text first, then writes it to a temporary file next to {@code target} and
     * renames that over {@code target} in one step. If rendering throws, nothing is written.
     *
     * @throws UncheckedIOException naming the target when a step fails; no temporary file remains
     */
    public static void write(Path target, Supplier<String> text) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Render before touching the disk: a failing render must leave no trace.
        byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // Same folder as the target, so the rename stays on one file system and can be atomic.
            // Not Files.createTempFile: it makes the file readable by its owner only, and the
            // report should get the usual permissions of a new file.
            temp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.warn("atomic rename not supported for {}; replacing it in place", absolute);
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + absolute + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("could not delete the temporary file {}", temp, e);
                }
            }
        }
    }
}
