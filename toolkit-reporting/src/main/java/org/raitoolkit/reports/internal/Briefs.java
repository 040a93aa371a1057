package org.raitoolkit.reports.internal;

import org.raitoolkit.model.Audience;

/** The fixed texts of reports and briefs, in the project's own words. */
final class Briefs {

    static final String KICKER = "Responsible AI toolkit for law enforcement · independent implementation";

    static final String DISCLAIMER = "This report was produced by an independent open-source tool. It applies the publicly"
            + " described ideas of the INTERPOL/UNICRI Toolkit for Responsible AI Innovation in Law Enforcement, but is"
            + " not affiliated with, or endorsed by, INTERPOL or UNICRI. It supports decisions; it is not legal advice,"
            + " and the agency remains responsible for what it decides.";

    static final String FOOTER = "Independent tool, not affiliated with INTERPOL or UNICRI. Decision support, not legal advice.";

    private Briefs() {
    }

    static String subtitle(String kind, Audience audience) {
        String what = switch (kind) {
            case "risk" -> "AI system risk assessment";
            case "readiness" -> "Organisational readiness assessment";
            default -> "Responsible AI in action: workbook review";
        };
        if (audience == null) {
            return what + " · full report";
        }
        return what + " · " + switch (audience) {
            case LEADERSHIP -> "brief for leadership";
            case TECHNICAL -> "brief for technical staff";
            case LEGAL_OVERSIGHT -> "brief for legal advisers and oversight bodies";
            case PROCUREMENT -> "brief for procurement";
            case PUBLIC -> "summary for the public";
        };
    }

    /** Who the brief is for and what it holds, or {@code null} for the full report. */
    static String intro(String kind, Audience audience) {
        if (audience == null) {
            return null;
        }
        return switch (kind) {
            case "risk" -> switch (audience) {
                case LEADERSHIP -> "This brief is for the senior officers who decide whether the system goes ahead. It"
                        + " gives the decision the assessment supports and why, how the system stands against each"
                        + " principle, and the actions that need a senior owner or cannot wait. The full report holds the"
                        + " detail behind every line.";
                case TECHNICAL -> "This brief is for the engineers, data scientists and analysts who build, test or run"
                        + " the system. It lists each risk factor with its ratings, the mitigations counted as in place,"
                        + " the reasoning behind every level and the technical actions recommended.";
                case LEGAL_OVERSIGHT -> "This brief is for legal advisers, data-protection officers and oversight bodies."
                        + " It sets out the legal basis recorded, the reasons for the decision, the findings of any legal"
                        + " rule sets, the reasoning behind every level with the rule that produced it, and the actions"
                        + " for legal and oversight staff.";
                case PROCUREMENT -> "This brief is for the people who buy the system or manage its supplier. It covers"
                        + " the risk factors that depend on the supplier or on bought-in data, and what to require in the"
                        + " tender, the contract and acceptance testing.";
                case PUBLIC -> "This summary explains in plain language what the agency assessed about this AI system,"
                        + " what the assessment concluded and what safeguards it asks for.";
            };
            case "readiness" -> switch (audience) {
                case LEADERSHIP -> "This brief is for the agency's leadership. It shows how ready the agency is to use AI"
                        + " responsibly, where it is weakest, which phase of the roadmap it is in, and the actions that"
                        + " need a senior owner or cannot wait.";
                case TECHNICAL -> "This brief is for technical and data staff. It shows the readiness scores, the"
                        + " answers that fell short, and the roadmap and recommended actions that fall to technical teams.";
                case LEGAL_OVERSIGHT -> "This brief is for legal advisers and oversight bodies. It shows how the levels"
                        + " were reached, rule by rule, the answers that fell short (critical ones marked), and the"
                        + " actions for legal and oversight staff.";
                case PROCUREMENT -> "This brief is for procurement staff. It shows the agency's readiness and the gaps"
                        + " and actions that bear on buying AI systems and working with suppliers.";
                case PUBLIC -> "This summary explains in plain language how prepared the agency is to use artificial"
                        + " intelligence responsibly, and what it plans to do next.";
            };
            default -> switch (audience) {
                case LEADERSHIP -> "This brief is for leadership: how far the agreed safeguards for this stage are in"
                        + " place, and the open actions that need a senior owner or cannot wait.";
                case TECHNICAL -> "This brief is for technical staff: the open workbook actions they own, with the"
                        + " reasons for their order.";
                case LEGAL_OVERSIGHT -> "This brief is for legal advisers and oversight bodies: the open actions they"
                        + " own, and the reasons behind the order of the whole plan.";
                case PROCUREMENT -> "This brief is for procurement staff: the open workbook actions they own.";
                case PUBLIC -> "This summary explains in plain language how far the agency has put in place the"
                        + " safeguards it set itself for this stage of the system's life.";
            };
        };
    }

    /** The public summary's notice of what it leaves out. */
    static String omitted(String kind) {
        return switch (kind) {
            case "risk" -> "To protect operations and the people involved, this public version leaves out sensitive"
                    + " operational detail: the system's technical attributes and data sources, the purpose statement and"
                    + " the assessors' notes as the agency wrote them (they may name places, watch lists or sources),"
                    + " the ratings behind each level, the details of individual safeguards, the assessment record"
                    + " (who assessed, advised and approved), and internal rule references. The agency keeps the full"
                    + " report, and oversight bodies can ask to see it.";
            case "readiness" -> "This public version leaves out the agency's answers to individual questions, the list"
                    + " of gaps, the assessment record (who assessed, advised and approved), and internal rule"
                    + " references. The agency keeps the full report, and oversight bodies can ask to see it.";
            default -> "This public version leaves out the individual action items, who owns them, the assessment"
                    + " record (who assessed, advised and approved), and internal rule references. The agency keeps"
                    + " the full report, and oversight bodies can ask to see it.";
        };
    }
}
