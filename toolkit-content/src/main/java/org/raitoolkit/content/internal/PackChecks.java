package org.raitoolkit.content.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.raitoolkit.content.Spelling;
import org.raitoolkit.model.Citation;
import org.raitoolkit.model.ContentPack;
import org.raitoolkit.model.GlossaryTerm;
import org.raitoolkit.model.Instrument;
import org.raitoolkit.model.InstrumentalPrinciple;
import org.raitoolkit.model.Principle;
import org.raitoolkit.model.Problem;
import org.raitoolkit.model.ReadinessBand;
import org.raitoolkit.model.ReadinessLevel;
import org.raitoolkit.model.RiskBand;
import org.raitoolkit.model.RiskFactor;
import org.raitoolkit.model.RoadmapPhase;
import org.raitoolkit.model.ScaleLevel;
import org.raitoolkit.model.ScoringPolicy;
import org.raitoolkit.model.Trigger;
import org.raitoolkit.model.WorkbookItem;

/**
 * Checks a content pack as a whole, after each file has been validated on its own: ids unique
 * across the pack, every reference resolves, every instrumental principle covered by the three
 * tools, every scale complete, every section of the guide has text, every recommendation cites
 * listed instruments, and the crosswalks map each principle, risk factor and readiness dimension
 * once, to at least two listed instruments.
 */
public final class PackChecks {

    /** Places a problem in a file of the pack. */
    @FunctionalInterface
    public interface Locator {
        Problem at(String file, String pointer, String message);
    }

    private final ContentPack pack;
    private final Locator locator;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Problem> firstUse = new HashMap<>();
    private final Set<String> instrumental;
    private final Set<String> allPrinciples;
    private final Set<String> dimensions;
    private final Set<String> factors;

    private PackChecks(ContentPack pack, Locator locator) {
        this.pack = pack;
        this.locator = locator;
        this.instrumental = pack.instrumentalPrinciples().stream().map(InstrumentalPrinciple::id).collect(Collectors.toSet());
        this.allPrinciples = new HashSet<>(instrumental);
        pack.principles().forEach(p -> allPrinciples.add(p.id()));
        this.dimensions = pack.dimensions().stream().map(d -> d.id()).collect(Collectors.toSet());
        this.factors = pack.riskFactors().stream().map(RiskFactor::id).collect(Collectors.toSet());
    }

    /** Every problem of {@code pack} as a whole; empty when it is sound. */
    public static List<Problem> check(ContentPack pack, Locator locator) {
        PackChecks c = new PackChecks(pack, locator);
        c.uniqueIds();
        c.references();
        c.coverage();
        c.scales(pack.scoring());
        c.roadmapOrder();
        c.guide();
        c.instruments();
        c.citations();
        c.crosswalks();
        return c.problems;
    }

    private void problem(String file, String pointer, String message) {
        problems.add(locator.at(file, pointer, message));
    }

    private void id(String id, String file, String pointer) {
        Problem here = locator.at(file, pointer, "");
        Problem first = firstUse.putIfAbsent(id, here);
        if (first != null) {
            problems.add(new Problem(here.source(), here.line(), here.column(), pointer, "duplicate id '" + id
                    + "' (first used at " + where(first) + "); ids must be unique across the pack"));
        }
    }

    /** A short place for messages: the file's name, its line and the pointer. */
    private static String where(Problem p) {
        String name = p.source().substring(Math.max(p.source().lastIndexOf('/'), p.source().lastIndexOf('\\')) + 1);
        return name + (p.line() > 0 ? ":" + p.line() : "") + " " + p.pointer();
    }

    private void uniqueIds() {
        for (int i = 0; i < pack.principles().size(); i++) {
            Principle p = pack.principles().get(i);
            id(p.id(), Files.PRINCIPLES, "/principles/" + i + "/id");
            for (int j = 0; j < p.instrumentalPrinciples().size(); j++) {
                id(p.instrumentalPrinciples().get(j).id(), Files.PRINCIPLES, "/principles/" + i + "/instrumentalPrinciples/" + j + "/id");
            }
        }
        each(pack.dimensions(), (d, i) -> id(d.id(), Files.READINESS, "/dimensions/" + i + "/id"));
        each(pack.readinessQuestions(), (q, i) -> id(q.id(), Files.READINESS, "/questions/" + i + "/id"));
        each(pack.riskFactors(), (f, i) -> {
            id(f.id(), Files.RISK_FACTORS, "/riskFactors/" + i + "/id");
            each(f.mitigations(), (m, j) -> id(m.id(), Files.RISK_FACTORS, "/riskFactors/" + i + "/mitigations/" + j + "/id"));
        });
        each(pack.workbookItems(), (w, i) -> id(w.id(), Files.WORKBOOK, "/items/" + i + "/id"));
        each(pack.roadmap(), (p, i) -> {
            id(p.id(), Files.ROADMAP, "/phases/" + i + "/id");
            each(p.actions(), (a, j) -> id(a.id(), Files.ROADMAP, "/phases/" + i + "/actions/" + j + "/id"));
        });
        each(pack.recommendations(), (r, i) -> id(r.id(), Files.RECOMMENDATIONS, "/recommendations/" + i + "/id"));
        each(pack.glossary(), (g, i) -> id(g.id(), Files.GLOSSARY, "/terms/" + i + "/id"));
        each(pack.scoring().aggravations(), (a, i) -> id(a.id(), Files.SCORING, "/aggravations/" + i + "/id"));
        each(pack.guide().sections(), (g, i) -> id(g.id(), Files.GUIDE, "/sections/" + i + "/id"));
        for (int i = 0; i < pack.principles().size(); i++) {
            Principle p = pack.principles().get(i);
            for (int j = 0; j < p.instrumentalPrinciples().size(); j++) {
                String iid = p.instrumentalPrinciples().get(j).id();
                if (!iid.startsWith(p.id() + ".")) {
                    problem(Files.PRINCIPLES, "/principles/" + i + "/instrumentalPrinciples/" + j + "/id",
                            "instrumental principle id '" + iid + "' must start with its core principle's id '" + p.id() + ".'");
                }
            }
        }
    }

    private void references() {
        each(pack.readinessQuestions(), (q, i) -> {
            ref(q.dimension(), dimensions, "readiness dimension", Files.READINESS, "/questions/" + i + "/dimension");
            each(q.principles(), (p, j) -> ref(p, instrumental, "instrumental principle", Files.READINESS, "/questions/" + i + "/principles/" + j));
        });
        each(pack.riskFactors(), (f, i) ->
                each(f.principles(), (p, j) -> ref(p, instrumental, "instrumental principle", Files.RISK_FACTORS, "/riskFactors/" + i + "/principles/" + j)));
        each(pack.workbookItems(), (w, i) ->
                ref(w.principle(), instrumental, "instrumental principle", Files.WORKBOOK, "/items/" + i + "/principle"));
        each(pack.roadmap(), (p, i) -> each(p.actions(), (a, j) ->
                each(a.dimensions(), (d, k) -> ref(d, dimensions, "readiness dimension", Files.ROADMAP, "/phases/" + i + "/actions/" + j + "/dimensions/" + k))));
        each(pack.recommendations(), (r, i) -> {
            String at = "/recommendations/" + i;
            ref(r.principle(), allPrinciples, "principle", Files.RECOMMENDATIONS, at + "/principle");
            Trigger t = r.trigger();
            if (t.factor() != null) {
                ref(t.factor(), factors, "risk factor", Files.RECOMMENDATIONS, at + "/trigger/factor");
            }
            if (t.principle() != null) {
                ref(t.principle(), allPrinciples, "principle", Files.RECOMMENDATIONS, at + "/trigger/principle");
            }
            if (t.dimension() != null) {
                ref(t.dimension(), dimensions, "readiness dimension", Files.RECOMMENDATIONS, at + "/trigger/dimension");
            }
        });
        Set<String> terms = pack.glossary().stream().map(GlossaryTerm::id).collect(Collectors.toSet());
        each(pack.glossary(), (g, i) -> each(g.seeAlso(), (s, j) -> ref(s, terms, "glossary term", Files.GLOSSARY, "/terms/" + i + "/seeAlso/" + j)));
        each(pack.scoring().aggravations(), (a, i) ->
                each(a.principles(), (p, j) -> ref(p, instrumental, "instrumental principle", Files.SCORING, "/aggravations/" + i + "/principles/" + j)));
        each(pack.guide().sections(), (g, i) -> {
            each(g.glossaryTerms(), (t, j) -> ref(t, terms, "glossary term", Files.GUIDE, "/sections/" + i + "/glossaryTerms/" + j));
            each(g.principles(), (p, j) -> ref(p, allPrinciples, "principle", Files.GUIDE, "/sections/" + i + "/principles/" + j));
        });
    }

    private void ref(String id, Set<String> known, String what, String file, String pointer) {
        if (!known.contains(id)) {
            problem(file, pointer, "unknown " + what + " '" + id + "'" + didYouMean(id, known) + "; allowed: " + new TreeSet<>(known));
        }
    }

    /**
     * A hint naming the known id that {@code id} is most likely a slip for, or nothing: a long
     * list of allowed ids hides the one that was meant.
     */
    private static String didYouMean(String id, Set<String> known) {
        int limit = id.length() >= 8 ? 3 : 2;
        String best = null;
        int bestDistance = limit;
        for (String candidate : new TreeSet<>(known)) {
            int d = Spelling.distance(id, candidate, limit);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** Instrument ids are unique: a citation must name one instrument, not one of two. */
    private void instruments() {
        Map<String, Integer> seen = new HashMap<>();
        each(pack.instruments().instruments(), (instrument, i) -> {
            Integer first = seen.putIfAbsent(instrument.id(), i);
            if (first != null) {
                problem(Files.INSTRUMENTS, "/instruments/" + i + "/id", "duplicate instrument id '" + instrument.id()
                        + "' (first listed at /instruments/" + first + "); each instrument is listed once");
            }
        });
    }

    /**
     * Every catalogue recommendation cites at least one provision, and every citation names a
     * listed instrument with that instrument's jurisdiction. A pack without a list of instruments
     * was written before citations were checked, so its recommendations need not cite.
     */
    private void citations() {
        if (pack.instruments().instruments().isEmpty()) {
            return;
        }
        each(pack.recommendations(), (r, i) -> {
            if (r.citations().isEmpty()) {
                problem(Files.RECOMMENDATIONS, "/recommendations/" + i + "/citations", "recommendation '" + r.id()
                        + "' cites nothing; give at least one citation of the law, convention or standard that supports it,"
                        + " for example { instrument: LED, article: \"Art. 27\", jurisdiction: EU }");
            }
            each(r.citations(), (c, j) -> citation(Files.RECOMMENDATIONS, "/recommendations/" + i + "/citations/" + j, c));
        });
    }

    /**
     * Whether {@code citation}, at {@code pointer} in {@code file}, names an instrument of the
     * pack's list and gives that instrument's jurisdiction; a problem there if not. Any pack file
     * that cites (recommendations, a crosswalk) checks each citation with this.
     */
    private void citation(String file, String pointer, Citation citation) {
        Optional<Instrument> instrument = pack.instruments().find(citation.instrument());
        if (instrument.isEmpty()) {
            Set<String> known = pack.instruments().instruments().stream().map(Instrument::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            problem(file, pointer + "/instrument", "unknown instrument '" + citation.instrument() + "'"
                    + didYouMean(citation.instrument(), known) + "; list it in instruments.yaml or use one of " + known);
        } else if (!instrument.get().jurisdiction().equals(citation.jurisdiction())) {
            problem(file, pointer + "/jurisdiction", "jurisdiction '" + citation.jurisdiction() + "' does not match instrument '"
                    + citation.instrument() + "', which instruments.yaml gives as '" + instrument.get().jurisdiction() + "'");
        }
    }

    /** Every section of the guide has text to show; a heading alone tells the reader nothing. */
    private void guide() {
        each(pack.guide().sections(), (g, i) -> {
            if (!g.hasText()) {
                problem(Files.GUIDE, "/sections/" + i, "guide section '" + g.id()
                        + "' is empty; give it at least one paragraph or bullet");
            }
        });
    }

    /**
     * The crosswalks, when the pack has them: each subject a principle, risk factor or readiness
     * dimension, mapped once, to at least two instruments, with no provision cited twice; and
     * every subject mapped, so that a reader never meets one without its pointers.
     */
    private void crosswalks() {
        if (pack.crosswalks().isEmpty()) {
            return;
        }
        Set<String> subjects = new LinkedHashSet<>();
        pack.principles().forEach(p -> subjects.add(p.id()));
        pack.instrumentalPrinciples().forEach(p -> subjects.add(p.id()));
        pack.riskFactors().forEach(f -> subjects.add(f.id()));
        pack.dimensions().forEach(d -> subjects.add(d.id()));
        Map<String, Integer> seen = new HashMap<>();
        each(pack.crosswalks(), (c, i) -> {
            String at = "/crosswalks/" + i;
            if (!subjects.contains(c.subject())) {
                problem(Files.CROSSWALKS, at + "/subject", "unknown crosswalk subject '" + c.subject() + "'"
                        + didYouMean(c.subject(), subjects)
                        + "; a subject is the id of a core or instrumental principle, a risk factor or a readiness dimension; allowed: "
                        + new TreeSet<>(subjects));
            }
            Integer first = seen.putIfAbsent(c.subject(), i);
            if (first != null) {
                problem(Files.CROSSWALKS, at + "/subject", "subject '" + c.subject() + "' already has a crosswalk entry at /crosswalks/"
                        + first + "; give each subject one entry and list all its provisions there");
            }
            if (c.instruments().size() < 2) {
                problem(Files.CROSSWALKS, at + "/engages", "the crosswalk for '" + c.subject() + "' cites only "
                        + c.instruments() + "; map each subject to provisions of at least two instruments");
            }
            Set<String> cited = new HashSet<>();
            each(c.engages(), (e, j) -> {
                if (!cited.add(e.instrument() + " " + e.article())) {
                    problem(Files.CROSSWALKS, at + "/engages/" + j, "'" + e.instrument() + " " + e.article()
                            + "' is cited twice for '" + c.subject() + "'; cite each provision once");
                }
                // A pack written before the list of instruments names none to check against.
                if (!pack.instruments().instruments().isEmpty()) {
                    citation(Files.CROSSWALKS, at + "/engages/" + j, e);
                }
            });
        });
        Set<String> missing = new LinkedHashSet<>(subjects);
        missing.removeAll(seen.keySet());
        if (!missing.isEmpty()) {
            problem(Files.CROSSWALKS, "/crosswalks", "no crosswalk entry for " + missing
                    + "; every core principle, instrumental principle, risk factor and readiness dimension needs one");
        }
    }

    private void coverage() {
        Set<String> byQuestion = pack.readinessQuestions().stream().flatMap(q -> q.principles().stream()).collect(Collectors.toSet());
        Set<String> byFactor = pack.riskFactors().stream().flatMap(f -> f.principles().stream()).collect(Collectors.toSet());
        Set<String> byItem = pack.workbookItems().stream().map(WorkbookItem::principle).collect(Collectors.toSet());
        uncovered(byQuestion, Files.READINESS, "/questions", "readiness question");
        uncovered(byFactor, Files.RISK_FACTORS, "/riskFactors", "risk factor");
        uncovered(byItem, Files.WORKBOOK, "/items", "workbook item");
    }

    private void uncovered(Set<String> covered, String file, String pointer, String what) {
        Set<String> missing = new LinkedHashSet<>();
        pack.instrumentalPrinciples().forEach(p -> {
            if (!covered.contains(p.id())) {
                missing.add(p.id());
            }
        });
        if (!missing.isEmpty()) {
            problem(file, pointer, "no " + what + " covers the instrumental principles " + missing
                    + "; every instrumental principle needs at least one");
        }
    }

    private void scales(ScoringPolicy s) {
        scale(s.likelihoodScale(), 1, "/likelihoodScale");
        scale(s.severityScale(), 1, "/severityScale");
        scale(s.maturityScale(), 0, "/maturityScale");
        // Every product a likelihood and a severity can make must fall in exactly one band.
        Set<Integer> products = new TreeSet<>();
        IntStream.rangeClosed(1, 5).forEach(l -> IntStream.rangeClosed(1, 5).forEach(v -> products.add(l * v)));
        for (int score : products) {
            List<RiskBand> in = s.riskBands().stream().filter(b -> b.contains(score)).toList();
            if (in.isEmpty()) {
                problem(Files.SCORING, "/riskBands", "no risk band contains the score " + score
                        + "; the bands must cover every likelihood x severity product from 1 to 25");
            } else if (in.size() > 1) {
                problem(Files.SCORING, "/riskBands", "the score " + score + " falls in more than one band: "
                        + in.stream().map(b -> b.level().name()).toList());
            }
        }
        for (int i = 0; i < s.riskBands().size(); i++) {
            RiskBand b = s.riskBands().get(i);
            if (b.minScore() > b.maxScore()) {
                problem(Files.SCORING, "/riskBands/" + i, "minScore " + b.minScore() + " is above maxScore " + b.maxScore());
            }
            for (int j = 0; j < i; j++) {
                RiskBand a = s.riskBands().get(j);
                if (a.level() == b.level()) {
                    problem(Files.SCORING, "/riskBands/" + i + "/level", "level " + b.level() + " has more than one band; each level has one");
                }
            }
        }
        Set<ReadinessLevel> seen = EnumSet.noneOf(ReadinessLevel.class);
        int previous = -1;
        for (int i = 0; i < s.readinessBands().size(); i++) {
            ReadinessBand b = s.readinessBands().get(i);
            if (!seen.add(b.level()) || b.level().ordinal() != i || b.minPercent() <= previous) {
                problem(Files.SCORING, "/readinessBands/" + i, "readiness bands must list BEGINNING, DEVELOPING, "
                        + "ESTABLISHED, ADVANCED once each, in that order, with rising minPercent");
            }
            previous = b.minPercent();
        }
        if (!s.readinessBands().isEmpty() && s.readinessBands().get(0).minPercent() != 0) {
            problem(Files.SCORING, "/readinessBands/0/minPercent", "the first readiness band must start at 0");
        }
        if (seen.size() != ReadinessLevel.values().length) {
            problem(Files.SCORING, "/readinessBands", "every readiness level needs a band; missing: "
                    + EnumSet.complementOf(EnumSet.copyOf(seen.isEmpty() ? EnumSet.of(ReadinessLevel.BEGINNING) : seen)));
        }
    }

    private void scale(List<ScaleLevel> levels, int from, String pointer) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).value() != from + i) {
                problem(Files.SCORING, pointer + "/" + i + "/value", "expected value " + (from + i)
                        + ": a scale lists each point from " + from + " to " + (from + 4) + " once, in order");
            }
        }
    }

    private void roadmapOrder() {
        ReadinessLevel previous = ReadinessLevel.BEGINNING;
        for (int i = 0; i < pack.roadmap().size(); i++) {
            RoadmapPhase p = pack.roadmap().get(i);
            if (p.number() != i + 1) {
                problem(Files.ROADMAP, "/phases/" + i + "/number", "expected phase number " + (i + 1) + ": phases are numbered 1, 2, 3, ... in order");
            }
            if (p.entryLevel().compareTo(previous) < 0) {
                problem(Files.ROADMAP, "/phases/" + i + "/entryLevel", "entry level " + p.entryLevel()
                        + " is below the previous phase's " + previous + "; entry levels may only rise");
            }
            previous = p.entryLevel();
        }
        if (!pack.roadmap().isEmpty() && pack.roadmap().get(0).entryLevel() != ReadinessLevel.BEGINNING) {
            problem(Files.ROADMAP, "/phases/0/entryLevel", "the first phase must have entry level BEGINNING, so that every agency has a phase");
        }
    }

    private interface IndexedConsumer<T> {
        void accept(T item, int index);
    }

    private static <T> void each(List<T> list, IndexedConsumer<T> action) {
        for (int i = 0; i < list.size(); i++) {
            action.accept(list.get(i), i);
        }
    }

    /** The file names of a pack, without their extension's choice. */
    public static final class Files {
        public static final String MANIFEST = "pack";
        public static final String PRINCIPLES = "principles";
        public static final String READINESS = "readiness";
        public static final String RISK_FACTORS = "risk-factors";
        public static final String WORKBOOK = "workbook";
        public static final String ROADMAP = "roadmap";
        public static final String RECOMMENDATIONS = "recommendations";
        public static final String GLOSSARY = "glossary";
        public static final String SCORING = "scoring";
        public static final String GUIDE = "guide";
        public static final String INSTRUMENTS = "instruments";
        public static final String CROSSWALKS = "crosswalks";
        public static final List<String> ALL = List.of(MANIFEST, PRINCIPLES, READINESS, RISK_FACTORS, WORKBOOK,
                ROADMAP, RECOMMENDATIONS, GLOSSARY, SCORING, GUIDE, INSTRUMENTS, CROSSWALKS);

        /**
         * Whether a pack may leave out the file {@code base}: the guide, the list of instruments
         * and the crosswalks came after the other files, and packs written before them still load.
         */
        public static boolean isOptional(String base) {
            return GUIDE.equals(base) || INSTRUMENTS.equals(base) || CROSSWALKS.equals(base);
        }

        private Files() {
        }
    }
}
