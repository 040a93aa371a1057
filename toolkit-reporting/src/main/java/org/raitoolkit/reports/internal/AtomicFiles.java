package org.raitoolkit.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a file so that readers see either the old content or the whole new content. */
public final class AtomicFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    /**
     * Renders the text first, then writes it as UTF-8 like {@link #writeBytes}.
     *
     * @throws UncheckedIOException naming the target when a step fails; no temporary file remains
     */
    public static void write(Path target, Supplier<String> text) {
        writeBytes(target, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Renders the bytes first, then writes them to a temporary file next to {@code target} and
     * renames that over {@code target} in one step. Missing parent folders are created. If
     * rendering throws, nothing is written.
     *
     * @throws UncheckedIOException naming the target when a step fails; no temporary file remains
     */
    public static void writeBytes(Path target, Supplier<byte[]> content) {
        writeBuffer(target, () -> ByteBuffer.wrap(content.get()));
    }

    /**
     * Like {@link #writeBytes}, for content rendered into a buffer: the bytes from its position
     * to its limit, written without copying them into an array of their own first.
     *
     * @throws UncheckedIOException naming the target when a step fails; no temporary file remains
     */
    public static void writeBuffer(Path target, Supplier<ByteBuffer> content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Render before touching the disk: a failing render must leave no trace.
        ByteBuffer buffer = content.get();
        // Same folder as the target, so the rename stays on one file system and can be atomic.
        // A random part so that two writers of one target do not pick the same name; CREATE_NEW, not
        // the name, is what keeps a file that is there from being written through, so the name
        // need not be unguessable. (SecureRandom was a lock shared by a batch's threads.)
        Path temp = dir.resolve("." + absolute.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        Path created = null;
        try {
            try (FileChannel channel = createNew(temp)) {
                created = temp;
                // One write call for the whole file where Files.write makes one per 8 KB.
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.warn("atomic rename not supported for {}; replacing it in place", absolute);
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            created = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + absolute + ": " + e.getMessage(), e);
        } finally {
            if (created != null) {
                try {
                    Files.deleteIfExists(created);
                } catch (IOException e) {
                    LOG.warn("could not delete the temporary file {}", created, e);
                }
            }
        }
    }

    /**
     * Creates {@code temp}, failing if it exists, and its folder if that is missing. The folder is
     * created only when the file cannot be, not checked before every file: a batch writes
     * thousands of files into one folder, and the check cost system calls each time.
     */
    private static FileChannel createNew(Path temp) throws IOException {
        // Not Files.createTempFile: it makes the file readable by its owner only, and the report
        // should get the usual permissions of a new file.
        try {
            return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(temp.getParent());
            return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }
}
