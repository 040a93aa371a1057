package org.raitoolkit.documents.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raitoolkit.documents.DocumentKind;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.documents.Part;
import org.raitoolkit.documents.Section;
import org.raitoolkit.documents.internal.RegistrationDraft.DatabaseSection;
import org.raitoolkit.documents.internal.RegistrationDraft.Field;

/**
 * The structured JSON form of the EU database registration data, valid against
 * {@code registration.schema.json}: the category, the Annex III points, where to register, and the
 * five fields of Annex VIII, Section C, each with its value or what is needed to complete it.
 *
 * <p>Everything is read back from the sections {@link RegistrationDraft} wrote, by section id and
 * part label, so that the JSON says what the readable document says and nothing is judged twice.
 */
public final class RegistrationJson {

    /** The version of this JSON form, {@code registrationFormat} in it. */
    public static final String FORMAT_VERSION = "1.0";

    private RegistrationJson() {
    }

    /**
     * The registration document as a tree of maps and lists, in a fixed key order.
     *
     * @throws IllegalArgumentException if {@code doc} is not a registration document with the sections
     *     and parts {@link RegistrationDraft} writes
     */
    public static Map<String, Object> tree(FiledDocument doc) {
        if (doc.kind() != DocumentKind.REGISTRATION) {
            throw new IllegalArgumentException("not a registration document: " + doc.kind());
        }
        Section where = section(doc, RegistrationDraft.WHERE_ID);
        DatabaseSection databaseSection = DatabaseSection.ofWords(statement(where, RegistrationDraft.DATABASE_SECTION));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("registrationFormat", FORMAT_VERSION);
        root.put("kind", "EU_DATABASE_REGISTRATION");
        root.put("system", doc.systemName());
        root.put("draft", true);
        root.put("notices", doc.notices());
        root.put("sources", DocumentJson.sources(doc.sources()));
        root.put("category", RegistrationDraft.categoryOf(statement(where, RegistrationDraft.CATEGORY)).name());
        root.put("annexIIIPoints", items(where, RegistrationDraft.ANNEX_III_POINTS));
        // Registration is required exactly where the draft names a section of the database to enter it in.
        root.put("registrationRequired", databaseSection != DatabaseSection.NOT_APPLICABLE);
        root.put("databaseSection", databaseSection.name());
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("provision", RegistrationDraft.READ_PROVISION);
        reading.put("status", "UNVERIFIED");
        reading.put("note", statement(where, RegistrationDraft.READING));
        root.put("databaseSectionReading", reading);
        Map<String, Object> sectionC = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            sectionC.put(field.jsonKey(), field(section(doc, field.sectionId()), field, databaseSection));
        }
        root.put("sectionC", sectionC);
        return root;
    }

    /** The field's first part as value or gap, and whether it goes into the secure non-public section. */
    private static Map<String, Object> field(Section section, Field field, DatabaseSection databaseSection) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("point", field.point());
        Part first = section.parts().isEmpty() ? null : section.parts().get(0);
        if (first instanceof Part.Statement s) {
            out.put("value", s.text());
        } else if (first instanceof Part.ToBeCompleted t) {
            out.put("toBeCompleted", t.needed());
        } else {
            throw new IllegalArgumentException("section " + section.id() + " does not start with its value or a marker");
        }
        boolean keptOut = section.parts().stream().anyMatch(p -> RegistrationDraft.NOT_ENTERED.equals(p.label()));
        out.put("enterInNonPublicSection", databaseSection == DatabaseSection.SECURE_NON_PUBLIC && !keptOut);
        return out;
    }

    private static Section section(FiledDocument doc, String id) {
        return doc.section(id).orElseThrow(() -> new IllegalArgumentException("the registration document has no section '"
                + id + "'"));
    }

    private static String statement(Section section, String label) {
        return section.parts().stream().filter(p -> p instanceof Part.Statement && p.label().equals(label))
                .map(p -> ((Part.Statement) p).text()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("section " + section.id() + " has no statement '" + label + "'"));
    }

    private static List<String> items(Section section, String label) {
        return section.parts().stream().filter(p -> p instanceof Part.Items && p.label().equals(label))
                .map(p -> ((Part.Items) p).items()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("section " + section.id() + " has no list '" + label + "'"));
    }
}
