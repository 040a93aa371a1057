package org.raitoolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.raitoolkit.model.Problem;

/**
 * A parsed file as a JSON tree, with the line and column at which each value starts, by JSON
 * pointer. Lets every later check, however far from the parser, say where in the file it looked.
 */
public record LocatedTree(String source, JsonNode root, Map<String, int[]> positions) {

    /** A problem at {@code pointer}, placed at the nearest value the file has at or above it. */
    public Problem problem(String pointer, String message) {
        String p = pointer;
        while (true) {
            int[] pos = positions.get(p);
            if (pos != null) {
                return new Problem(source, pos[0], pos[1], pointer, message);
            }
            if (p.isEmpty()) {
                return new Problem(source, 0, 0, pointer, message);
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /** Escapes one pointer segment as RFC 6901 says. */
    public static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
