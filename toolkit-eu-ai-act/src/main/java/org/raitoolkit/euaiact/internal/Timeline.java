package org.raitoolkit.euaiact.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.raitoolkit.euaiact.DateStatus;
import org.raitoolkit.euaiact.EffectiveDate;
import org.raitoolkit.model.Identifiers;
import org.raitoolkit.model.InvalidInputException;
import org.raitoolkit.model.Problem;

/**
 * The dates from which the provisions the rule set cites apply, read from
 * {@code org/raitoolkit/euaiact/timeline.yaml}: dates are data, so that a correction (or a
 * confirmed date replacing an unverified one) is a change of one line, reviewed as such.
 * Immutable and thread-safe.
 */
public final class Timeline {

    /** The timeline shipped in the jar. */
    public static final String RESOURCE = "org/raitoolkit/euaiact/timeline.yaml";

    private static final Set<String> FIELDS = Set.of("key", "applicableFrom", "status", "covers", "note");

    /**
     * One dated provision.
     *
     * @param key the id the rules use, for example {@code ANNEX-III-HIGH-RISK}
     * @param applicableFrom the first day it applies
     * @param status whether the date is confirmed in the official text
     * @param covers which provisions it covers, in words
     * @param note more about the date, or {@code null}
     */
    public record Entry(String key, LocalDate applicableFrom, DateStatus status, String covers, String note) {
    }

    private final Map<String, Entry> entries;

    private Timeline(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * The timeline in the jar, read once.
     *
     * @throws IllegalStateException if the jar's timeline is missing or not valid: a packaging error
     */
    public static Timeline shipped() {
        return Shipped.TIMELINE;
    }

    private static final class Shipped {
        static final Timeline TIMELINE = load();

        private static Timeline load() {
            try (InputStream in = Timeline.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                return read(in, RESOURCE);
            } catch (IOException | InvalidInputException e) {
                throw new IllegalStateException("the EU AI Act timeline cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Reads a timeline: a YAML map with {@code entries}, a list of maps with {@code key},
     * {@code applicableFrom} (an ISO date), {@code status} ({@code CONFIRMED} or
     * {@code UNVERIFIED}), {@code covers} and an optional {@code note}.
     *
     * @param source the name to use in problems, for example the file name
     * @throws InvalidInputException listing every problem found, each with its JSON pointer
     * @throws IOException if the stream cannot be read
     */
    public static Timeline read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("timeline " + source + " is not valid", List.of(
                    new Problem(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "", "not YAML: " + e.getOriginalMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonNode list = root == null ? null : root.get("entries");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(new Problem(source, 0, 0, "/entries", "missing field 'entries': a list of dated provisions"));
        } else {
            Set<String> keys = new java.util.HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Entry e = entry(list.get(i), source, "/entries/" + i, problems);
                JsonNode key = list.get(i).get("key");
                if (key != null && key.isValueNode() && !keys.add(key.asText().strip())) {
                    problems.add(new Problem(source, 0, 0, "/entries/" + i + "/key", "key '" + key.asText().strip()
                            + "' is used twice; keys must be unique"));
                } else if (e != null) {
                    entries.put(e.key(), e);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("timeline " + source + " is not valid", problems);
        }
        return new Timeline(java.util.Collections.unmodifiableMap(entries));
    }

    private static Entry entry(JsonNode node, String source, String at, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(source, 0, 0, at, "must be a map with " + FIELDS));
            return null;
        }
        int before = problems.size();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(new Problem(source, 0, 0, at + "/" + name, "unknown field '" + name + "'; allowed: key, applicableFrom, status, covers, note"));
            }
        }
        String key = text(node, "key", source, at, problems);
        if (key != null && !Identifiers.isValid(key)) {
            problems.add(new Problem(source, 0, 0, at + "/key", "'" + key + "' is not an id; ids match " + Identifiers.PATTERN));
        }
        String from = text(node, "applicableFrom", source, at, problems);
        LocalDate date = null;
        if (from != null) {
            try {
                date = LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(source, 0, 0, at + "/applicableFrom", "'" + from + "' is not a date; write it as YYYY-MM-DD"));
            }
        }
        String statusText = text(node, "status", source, at, problems);
        DateStatus status = null;
        if (statusText != null) {
            status = Arrays.stream(DateStatus.values()).filter(s -> s.name().equals(statusText)).findFirst().orElse(null);
            if (status == null) {
                problems.add(new Problem(source, 0, 0, at + "/status", "'" + statusText + "' is not a status; allowed: "
                        + Arrays.toString(DateStatus.values())));
            }
        }
        String covers = text(node, "covers", source, at, problems);
        JsonNode note = node.get("note");
        if (problems.size() > before) {
            return null;
        }
        return new Entry(key, date, status, covers, note == null || note.isNull() ? null : note.asText());
    }

    private static String text(JsonNode node, String field, String source, String at, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            problems.add(new Problem(source, 0, 0, at + "/" + field, "missing field '" + field + "'"));
            return null;
        }
        return value.asText().strip();
    }

    /** Every entry, in file order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * The entry {@code key}.
     *
     * @throws IllegalArgumentException naming the known keys if there is none
     */
    public Entry entry(String key) {
        Entry e = entries.get(Objects.requireNonNull(key, "key"));
        if (e == null) {
            throw new IllegalArgumentException("no timeline entry '" + key + "'; known: " + entries.keySet());
        }
        return e;
    }

    /**
     * When the provisions of entry {@code key} apply, seen on {@code assessmentDate}.
     *
     * @throws IllegalArgumentException naming the known keys if there is no such entry
     */
    public EffectiveDate effective(String key, LocalDate assessmentDate) {
        Entry e = entry(key);
        return EffectiveDate.of(e.key(), e.applicableFrom(), e.status(), e.note(), assessmentDate);
    }
}
