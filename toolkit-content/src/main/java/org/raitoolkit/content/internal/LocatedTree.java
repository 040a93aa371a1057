package org.raitoolkit.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.raitoolkit.model.Problem;

/**
 * A parsed file as a JSON tree that can say where in the file each value starts. Lets every later
 * check, however far from the parser, say where in the file it looked.
 *
 * <p>The positions are found only when a problem is placed: most files have none, and recording
 * a line and column for every value of every file took a large share of the time to read one.
 * Not thread-safe; a tree belongs to the read that made it.
 */
public final class LocatedTree {

    private final String source;
    private final JsonNode root;
    private final Supplier<Map<String, int[]>> findPositions;
    private Map<String, int[]> positions;
    /** Values moved in the tree after it was read: each pair is {where it is now, where the file has it}. */
    private final List<String[]> moves = new ArrayList<>();

    /**
     * @param findPositions finds, when first asked, the line and column of each value of the file
     *     by JSON pointer
     */
    public LocatedTree(String source, JsonNode root, Supplier<Map<String, int[]>> findPositions) {
        this.source = source;
        this.root = root;
        this.findPositions = findPositions;
    }

    /** The file's name, as problems give it. */
    public String source() {
        return source;
    }

    /** The tree. */
    public JsonNode root() {
        return root;
    }

    /**
     * Records that the value the file has at {@code written} is now at {@code now} in the tree, so
     * that problems found under {@code now} are placed where the file has them.
     */
    public void moved(String written, String now) {
        moves.add(new String[] {now, written});
    }

    /**
     * {@code node}, which the file has at {@code pointer} of this tree (and which may since have
     * been taken out of it), as a tree of its own: its problems carry pointers from {@code node}
     * and are placed where the file has them. Shares this tree's positions, found once.
     */
    public LocatedTree part(String pointer, JsonNode node) {
        LocatedTree part = new LocatedTree(source, node, this::positions);
        part.moved(asWritten(pointer), "");
        return part;
    }

    private Map<String, int[]> positions() {
        if (positions == null) {
            positions = findPositions.get();
        }
        return positions;
    }

    /** A problem at {@code pointer}, placed at the nearest value the file has at or above it. */
    public Problem problem(String pointer, String message) {
        Map<String, int[]> found = positions();
        String p = pointer;
        while (true) {
            int[] pos = found.get(asWritten(p));
            if (pos != null) {
                return new Problem(source, pos[0], pos[1], pointer, message);
            }
            if (p.isEmpty()) {
                return new Problem(source, 0, 0, pointer, message);
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /** Where the file has the value that the tree has at {@code pointer}. */
    private String asWritten(String pointer) {
        for (String[] move : moves) {
            String now = move[0];
            if (pointer.equals(now) || pointer.startsWith(now + "/")) {
                return move[1] + pointer.substring(now.length());
            }
        }
        return pointer;
    }

    /** Escapes one pointer segment as RFC 6901 says. */
    public static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
