package org.raitoolkit.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that readers see either the old content or the whole new content, and so
 * that once a write returns, the new content survives a crash of the machine: the temporary
 * file is flushed to the disk before the rename, and its folder after it.
 */
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
        writeBytes(target, true, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #writeBytes(Path, boolean, Supplier)} with fsync. */
    public static void writeBytes(Path target, Supplier<byte[]> content) {
        writeBytes(target, true, content);
    }

    /**
     * Renders the bytes first, then writes them to a temporary file next to {@code target} and
     * renames that over {@code target} in one step. Missing parent folders are created. If
     * rendering throws, nothing is written. The file's content is forced to the disk before the
     * rename and the folder's entry after it (where the system lets a program open a folder),
     * unless {@code fsync} is false.
     *
     * @throws UncheckedIOException naming the target when a step fails; no temporary file remains
     */
    public static void writeBytes(Path target, boolean fsync, Supplier<byte[]> content) {
        Path absolute = target.toAbsolutePath();
        // Render before touching the disk: a failing render must leave no trace.
        byte[] bytes = content.get();
        // In the target's folder, so that the rename stays on one file system and can be atomic.
        // The thread and the moment keep two writers of one target apart; CREATE_NEW keeps an
        // existing file from being written through, so the name need not be unguessable.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toString(Thread.currentThread().getId(), 36) + "-" + Long.toString(System.nanoTime(), 36) + ".tmp");
        Path created = null;
        try {
            Files.createDirectories(absolute.getParent());
            // Not Files.createTempFile: that makes the file readable by its owner only, and the
            // report should get the usual permissions of a new file.
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = temp;
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                // Before the rename: else a crash can leave the new name on an empty file.
                if (fsync) {
                    out.force(true);
                }
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.warn("atomic rename not supported for {}; replacing it in place", absolute);
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            created = null;
            if (fsync) {
                syncFolder(absolute.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + absolute + ": " + reason(e), e);
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

    /** The operating system's reason ("permission denied", "no space left on device"), not the temporary file's path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            // What creating a folder says when a file has its name.
            return "not a directory (a file stands where a folder is needed)";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            String r = fs.getReason();
            return r == null || r.isEmpty() ? "the operating system refused"
                    : Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Forces {@code folder}'s entries (the rename) to the disk. Some systems (Windows) do not let
     * a program open a folder; there the rename is as durable as the system makes it.
     */
    private static void syncFolder(Path folder) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot open the folder {} to flush it", folder, e);
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }
}
