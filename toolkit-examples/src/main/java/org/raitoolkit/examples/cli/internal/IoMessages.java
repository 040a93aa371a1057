package org.raitoolkit.examples.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The operating system's reason for a failed file operation, in words a person reads. */
final class IoMessages {

    private IoMessages() {
    }

    /** "permission denied", "no space left on device", ...: the reason, without the path or a Java class name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            // What creating a folder says when a file has its name.
            return "not a directory (a file stands where a folder is needed)";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null || fs.getReason().isBlank() ? "the operating system refused" : lowerFirst(fs.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : lowerFirst(message);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
