package org.raitoolkit.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.raitoolkit.content.internal.Binder;
import org.raitoolkit.content.internal.LocatedTree;
import org.raitoolkit.content.internal.ProblemList;
import org.raitoolkit.content.internal.TreeReader;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * Reads any record type from a YAML or JSON file with the checks the content packs get: limits,
 * duplicate keys, unknown properties, enum values and Jakarta Validation constraints, every
 * problem with file, line, column and JSON pointer. For tools built on the library, such as
 * scenario files in the rule-author kit. Thread-safe.
 */
public final class RecordFiles {

    private RecordFiles() {
    }

    /**
     * Reads {@code file} as {@code type}.
     *
     * @throws InvalidInputException listing every problem
     */
    public static <T> T read(Path file, Class<T> type, ReadLimits limits) {
        String name = file.toString();
        ProblemList problems = new ProblemList(limits.maxProblems());
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.add(new Problem(name, 0, 0, "", "file is " + size + " bytes; the largest allowed is "
                        + limits.maxFileBytes() + " bytes"));
                throw new InvalidInputException(name + " is not valid", problems);
            }
            LocatedTree tree = new TreeReader(limits).read(name, Files.readAllBytes(file), problems);
            if (tree != null) {
                T value = Binder.bind(tree, type, problems).orElse(null);
                if (value != null && problems.isEmpty()) {
                    return value;
                }
            }
        } catch (NoSuchFileException e) {
            problems.add(new Problem(name, 0, 0, "", "no such file"));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, 0, "", "could not be read: " + e.getMessage()));
        }
        throw new InvalidInputException(name + " is not valid", problems.reported(name));
    }
}
