package org.raitoolkit.documents.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raitoolkit.documents.FiledDocument;
import org.raitoolkit.documents.Part;
import org.raitoolkit.documents.Section;
import org.raitoolkit.documents.Sources;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.RuleSetStamp;

/**
 * The JSON form of a document, valid against {@code filed-document.schema.json}: its sources, its
 * sections with their citations and parts, and every "to be completed" marker listed once more at
 * the end with its section, for a program that tracks what is left to do.
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    /** The document as a tree of maps and lists, in a fixed key order. */
    public static Map<String, Object> tree(FiledDocument doc) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documentFormat", FiledDocument.FORMAT_VERSION);
        root.put("kind", doc.kind().name());
        root.put("title", doc.title());
        root.put("system", doc.systemName());
        root.put("draft", true);
        root.put("notices", doc.notices());
        root.put("sources", sources(doc.sources()));
        List<Object> sections = new ArrayList<>();
        List<Object> gaps = new ArrayList<>();
        for (Section s : doc.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("id", s.id());
            section.put("number", s.number());
            section.put("title", s.title());
            section.put("cites", citations(s.cites()));
            List<Object> parts = new ArrayList<>();
            for (Part p : s.parts()) {
                parts.add(part(p));
                if (p instanceof Part.ToBeCompleted t) {
                    Map<String, Object> gap = new LinkedHashMap<>();
                    gap.put("section", s.number());
                    gap.put("label", t.label());
                    gap.put("needed", t.needed());
                    gaps.add(gap);
                }
            }
            section.put("parts", parts);
            sections.add(section);
        }
        root.put("sections", sections);
        root.put("toBeCompleted", gaps);
        return root;
    }

    static Map<String, Object> sources(Sources s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answersName", s.answersName());
        out.put("answersDigest", s.answersDigest());
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("id", s.contentPackId());
        pack.put("version", s.contentPackVersion());
        pack.put("digest", s.contentPackDigest());
        out.put("contentPack", pack);
        out.put("engineVersion", s.engineVersion());
        List<Object> sets = new ArrayList<>();
        for (RuleSetStamp stamp : s.ruleSets()) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("id", stamp.id());
            set.put("digest", stamp.digest());
            sets.add(set);
        }
        out.put("ruleSets", sets);
        out.put("generatedAt", DateTimeFormatter.ISO_INSTANT.format(s.generatedAt()));
        return out;
    }

    static List<Object> citations(List<Citation> cites) {
        List<Object> out = new ArrayList<>();
        for (Citation c : cites) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("instrument", c.instrument());
            m.put("article", c.article());
            m.put("jurisdiction", c.jurisdiction());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> part(Part p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p instanceof Part.Statement s) {
            m.put("type", "statement");
            m.put("label", s.label());
            m.put("text", s.text());
        } else if (p instanceof Part.Items i) {
            m.put("type", "items");
            m.put("label", i.label());
            m.put("items", i.items());
        } else if (p instanceof Part.Grid g) {
            m.put("type", "table");
            m.put("label", g.label());
            m.put("headers", g.headers());
            m.put("rows", g.rows());
        } else if (p instanceof Part.ToBeCompleted t) {
            m.put("type", "toBeCompleted");
            m.put("label", t.label());
            m.put("needed", t.needed());
        }
        return m;
    }
}
