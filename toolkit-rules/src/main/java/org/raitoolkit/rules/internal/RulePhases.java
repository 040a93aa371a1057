package org.raitoolkit.rules.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.raitoolkit.rules.RuleResource;
import org.raitoolkit.rules.RuleSet;

/**
 * The phase (agenda group) of each rule, read from the rule files: the public KIE API does not
 * say which agenda group a compiled rule belongs to. A rule with neither {@code agenda-group} nor
 * {@code ruleflow-group} runs in {@value #MAIN}.
 */
final class RulePhases {

    static final String MAIN = "MAIN";

    private final Map<String, String> byRule;
    private final Map<String, Where> whereIs;

    /** Where a rule is written: its rule set, its file as the rule set named it, and the line its {@code rule} keyword is on. */
    record Where(String ruleSet, String file, int line) {
    }

    private RulePhases(Map<String, String> byRule, Map<String, Where> whereIs) {
        this.byRule = byRule;
        this.whereIs = whereIs;
    }

    /** The phases of every rule in {@code sets}; files that do not parse add nothing. */
    static RulePhases of(Iterable<RuleSet> sets) {
        Map<String, String> byRule = new HashMap<>();
        Map<String, Where> whereIs = new HashMap<>();
        for (RuleSet set : sets) {
            for (RuleResource r : set.resources()) {
                try {
                    String drl = drlOf(r);
                    DrlParser parser = new DrlParser();
                    PackageDescr pkg = parser.parse(false, drl);
                    if (pkg == null || parser.hasErrors()) {
                        continue;
                    }
                    String packageDefault = groupOf(pkg.getAttribute("agenda-group"), pkg.getAttribute("ruleflow-group"));
                    for (RuleDescr rule : pkg.getRules()) {
                        String group = groupOf(rule.getAttributes().get("agenda-group"), rule.getAttributes().get("ruleflow-group"));
                        byRule.put(pkg.getName() + "." + rule.getName(), group != null ? group : packageDefault);
                        // A decision table's lines are those of the DRL made from it, not of the table: give none.
                        whereIs.put(pkg.getName() + "." + rule.getName(),
                                new Where(set.id(), r.name(), r.kind() == RuleResource.Kind.DRL ? Math.max(0, rule.getLine()) : 0));
                    }
                } catch (DroolsParserException | RuntimeException | LinkageError e) {
                    // The same file compiled; one that cannot be read here only loses its phases (an .xlsx
                    // table without Apache POI never gets this far).
                }
            }
        }
        return new RulePhases(byRule, whereIs);
    }

    /** The phase of rule {@code name} in package {@code pkg}. */
    String of(String pkg, String name) {
        String group = byRule.get(pkg + "." + name);
        return group == null ? MAIN : group;
    }

    /** Where rule {@code name} in package {@code pkg} is written; an empty file name if not known. */
    Where whereIs(String pkg, String name) {
        return whereIs.getOrDefault(pkg + "." + name, new Where("", "", 0));
    }

    private static String groupOf(AttributeDescr agendaGroup, AttributeDescr ruleflowGroup) {
        AttributeDescr a = agendaGroup != null ? agendaGroup : ruleflowGroup;
        return a == null ? null : a.getValue();
    }

    /** The DRL text of a rule file; decision tables are turned into DRL as the compiler does. */
    private static String drlOf(RuleResource r) {
        return switch (r.kind()) {
            case DRL -> new String(r.content(), StandardCharsets.UTF_8);
            case DECISION_TABLE_CSV -> new SpreadsheetCompiler().compile(new ByteArrayInputStream(r.content()), InputType.CSV);
            case DECISION_TABLE_XLSX -> new SpreadsheetCompiler().compile(new ByteArrayInputStream(r.content()), InputType.XLS);
        };
    }
}
