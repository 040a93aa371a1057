package org.raitoolkit.examples.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.raitoolkit.reports.ReportFormat;

/**
 * Where a report differs from the one made again, in lines a person reads: for JSON the pointers
 * whose values differ, for HTML and Markdown the lines, each with both texts shortened. At most
 * {@code cap} are listed, then how many more there are.
 */
final class ReportDifferences {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHOWN_CHARS = 70;
    private static final int RESYNC_WINDOW = 40;
    private static final int SYNC_LINES = 3;

    private final int cap;
    private final List<String> listed = new ArrayList<>();
    private final List<String> pointers = new ArrayList<>();
    private int count;

    private ReportDifferences(int cap) {
        this.cap = cap;
    }

    /**
     * The differences between {@code report} and {@code expected}, both in {@code format}.
     *
     * @param cap how many to list at most
     */
    static ReportDifferences between(ReportFormat format, byte[] report, byte[] expected, int cap) {
        ReportDifferences d = new ReportDifferences(cap);
        if (format == ReportFormat.JSON) {
            d.json(report, expected);
        } else {
            d.lines(new String(report, StandardCharsets.UTF_8), new String(expected, StandardCharsets.UTF_8));
        }
        return d;
    }

    /** The differences listed, at most the cap, and a last line saying how many were left out. */
    List<String> lines() {
        List<String> out = new ArrayList<>(listed);
        if (count > listed.size()) {
            out.add("... and " + (count - listed.size()) + " more");
        }
        return out;
    }

    private void json(byte[] report, byte[] expected) {
        JsonNode a;
        JsonNode b;
        try {
            a = JSON.readTree(report);
            b = JSON.readTree(expected);
        } catch (IOException e) {
            // The report parsed when it was read, and the toolkit made the other.
            throw new IllegalStateException("a JSON report read once no longer parses", e);
        }
        walk("", a, b);
        if (count == 0) {
            add("the JSON documents are the same, but laid out differently (white space or order of text)");
        }
    }

    private void walk(String pointer, JsonNode a, JsonNode b) {
        if (a != null && a.equals(b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), a.get(name), b.get(name));
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                walk(pointer + "/" + i, a.get(i), b.get(i));
            }
        } else {
            pointers.add(pointer.isEmpty() ? "/" : pointer);
            String[] shown = excerpts(a == null ? null : a.toString(), b == null ? null : b.toString());
            add((pointer.isEmpty() ? "/" : pointer) + ": report has " + (a == null ? "nothing" : shown[0]) + ", expected "
                    + (b == null ? "nothing" : shown[1]));
        }
    }

    /**
     * Both texts shortened alike, from a little before where they first differ: two long lines
     * that differ near their ends would otherwise show the same.
     */
    private static String[] excerpts(String x, String y) {
        int d = 0;
        while (x != null && y != null && d < x.length() && d < y.length() && x.charAt(d) == y.charAt(d)) {
            d++;
        }
        int from = d > SHOWN_CHARS / 2 ? d - SHOWN_CHARS / 4 : 0;
        return new String[] {excerpt(x, from), excerpt(y, from)};
    }

    private static String excerpt(String text, int from) {
        if (text == null) {
            return null;
        }
        return (from > 0 ? "..." : "") + Text.printable(text.substring(Math.min(from, text.length())), SHOWN_CHARS);
    }

    private void lines(String report, String expected) {
        String[] a = report.split("\n", -1);
        String[] b = expected.split("\n", -1);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
                continue;
            }
            // Lines added or left out shift the rest: find where the two agree again, so that
            // one change is one difference rather than every line after it.
            int[] skip = resync(a, b, i, j);
            for (int k = 0; k < Math.max(skip[0], skip[1]); k++) {
                if (k < skip[0] && k < skip[1]) {
                    if (a[i + k].equals(b[j + k])) {
                        // Between changed lines, a line that agrees but is too short a run to resync on.
                        continue;
                    }
                    String[] shown = excerpts(a[i + k], b[j + k]);
                    add("line " + (i + k + 1) + ": report has '" + shown[0] + "', expected '" + shown[1] + "'");
                } else if (k < skip[0]) {
                    add("line " + (i + k + 1) + ": report has " + quoted(a[i + k]) + ", expected no such line");
                } else {
                    add("after line " + (i + skip[0]) + ": report lacks " + quoted(b[j + k]));
                }
            }
            i += skip[0];
            j += skip[1];
        }
        if (count == 0) {
            add("the lines are the same, but the line ends or the encoding differ");
        }
    }

    /** How many lines of each to skip until they agree again, the fewest first; the rest of both if they do not within a window. */
    private static int[] resync(String[] a, String[] b, int i, int j) {
        for (int total = 1; total <= 2 * RESYNC_WINDOW; total++) {
            // Lines changed in place first (as many skipped on each side).
            for (int step = 0; step <= total + 1; step++) {
                int di = total / 2 + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
                int dj = total - di;
                if (di >= 0 && dj >= 0 && di <= RESYNC_WINDOW && dj <= RESYNC_WINDOW && agree(a, i + di, b, j + dj)) {
                    return new int[] {di, dj};
                }
            }
        }
        return new int[] {a.length - i, b.length - j};
    }

    /**
     * Whether the next few lines from {@code i} and {@code j} are the same: one equal line is not
     * enough, as blank lines would agree anywhere.
     */
    private static boolean agree(String[] a, int i, String[] b, int j) {
        if (i >= a.length || j >= b.length || a.length - i != b.length - j && Math.min(a.length - i, b.length - j) < SYNC_LINES) {
            return false;
        }
        for (int k = 0; k < SYNC_LINES && i + k < a.length; k++) {
            if (!a[i + k].equals(b[j + k])) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String line) {
        return line == null ? "no line" : "'" + Text.printable(line.strip(), SHOWN_CHARS) + "'";
    }

    private void add(String line) {
        count++;
        if (listed.size() < cap) {
            listed.add(line);
        }
    }

    /** Whether any difference is under {@code prefix}, such as {@code /input}. */
    boolean anyUnder(String prefix) {
        return pointers.stream().anyMatch(p -> p.equals(prefix) || p.startsWith(prefix + "/"));
    }

    /** Whether any difference is in a field named {@code name}, wherever it is. */
    boolean anyInField(String name) {
        return pointers.stream().anyMatch(p -> (p + "/").contains("/" + name + "/"));
    }
}
