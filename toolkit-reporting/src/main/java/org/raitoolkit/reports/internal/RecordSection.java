package org.raitoolkit.reports.internal;

import org.raitoolkit.reports.spi.Wording;
import org.raitoolkit.reports.spi.Doc;
import static org.raitoolkit.reports.spi.Doc.code;
import static org.raitoolkit.reports.spi.Doc.line;
import static org.raitoolkit.reports.spi.Doc.muted;
import static org.raitoolkit.reports.spi.Doc.strong;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.Approval;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Assessor;
import org.raitoolkit.model.Decision;
import org.raitoolkit.model.DpoConsultation;
import org.raitoolkit.reports.ReportMetadata;
import org.raitoolkit.reports.spi.Doc.Inline;
import org.raitoolkit.reports.spi.Doc.Tone;

/**
 * The "Assessment record" section shared by the three kinds of report: who assessed, on whose
 * advice, what the agency decided and who approved it, the conditions accepted and when to
 * review. Dates are judged against the day the report was made, so a stored record read later
 * shows what has fallen due since.
 */
final class RecordSection {

    static final String ABSENT = "No assessment record: who assessed, who approved and when to review are not recorded.";
    private static final String NOT_RECORDED = "not recorded";

    private final AssessmentRecord record;
    private final LocalDate day;
    private final Decision toolkitDecision;
    private final Function<String, Optional<String>> titleOf;

    /**
     * @param record the answers' record, or {@code null} when they carry none
     * @param metadata the report's metadata: its generation day is the day dates are judged on
     * @param toolkitDecision the toolkit's decision, for a risk report; {@code null} for the kinds
     *     that decide nothing
     * @param titleOf the title of a recommendation (or item) of the result by its id, if it has one
     */
    RecordSection(AssessmentRecord record, ReportMetadata metadata, Decision toolkitDecision,
                  Function<String, Optional<String>> titleOf) {
        this.record = record;
        this.day = reportDay(metadata);
        this.toolkitDecision = toolkitDecision;
        this.titleOf = titleOf;
    }

    /** The day a report was made, in UTC as its time stamp is: what "overdue" is measured against. */
    static LocalDate reportDay(ReportMetadata metadata) {
        return LocalDate.ofInstant(metadata.generatedAt(), ZoneOffset.UTC);
    }

    void addTo(Blocks b) {
        b.h2("Assessment record", "record");
        if (record == null) {
            b.p(ABSENT);
            return;
        }
        if (!record.isFinal()) {
            b.notice(Tone.AMBER, "Draft: not a filed record.", "The people, dates and decisions below may still change;"
                    + " the record is filed once it is marked FINAL.");
        }
        decisionDifference(b);
        b.add(new Doc.Table(List.of("Item", "Value"), rows(), List.of(false, false), "facts"));
        conditions(b);
    }

    private List<List<List<Inline>>> rows() {
        List<List<List<Inline>>> rows = new ArrayList<>();
        rows.add(row("State", line(record.isFinal() ? "FINAL: a filed record" : "DRAFT: not a filed record")));
        rows.add(row("Assessed by", record.assessors().isEmpty() ? notRecorded()
                : line(record.assessors().stream().map(RecordSection::assessor).collect(Collectors.joining("; ")))));
        rows.add(row("Assessed on", date(record.assessedOn())));
        dpo(rows, record.dataProtectionOfficer());
        if (toolkitDecision != null) {
            rows.add(row("Toolkit's decision", line(Tones.badge(toolkitDecision))));
            rows.add(row("Agency's decision", record.agencyDecision() == null ? notRecorded()
                    : line(Tones.badge(record.agencyDecision()))));
        }
        if (given(record.decisionReason())) {
            rows.add(row("Reason for the agency's decision", line(record.decisionReason())));
        }
        Approval approval = record.approval();
        rows.add(row("Approved by", approval == null ? notRecorded() : text(joined(approval.name(), approval.role()))));
        rows.add(row("Approved on", date(approval == null ? null : approval.approvedOn())));
        List<Inline> review = date(record.nextReview());
        if (record.isReviewOverdueOn(day)) {
            review.addAll(overdue());
        }
        rows.add(row("Next review", review));
        rows.add(row("Review brought forward if", record.reviewTriggers().isEmpty() ? notRecorded()
                : line(record.reviewTriggers().stream().map(Wording::reviewTrigger).collect(Collectors.joining("; ")))));
        return rows;
    }

    private void dpo(List<List<List<Inline>>> rows, DpoConsultation dpo) {
        if (dpo == null) {
            rows.add(row("Data-protection officer", notRecorded()));
            return;
        }
        rows.add(row("Data-protection officer", text(dpo.name())));
        rows.add(row("Officer consulted on", date(dpo.consultedOn())));
        rows.add(row("Officer's advice", text(dpo.advice())));
        rows.add(row("What became of the advice",
                dpo.outcome() == null ? notRecorded() : line(Wording.adviceOutcome(dpo.outcome()))));
        // The reason is asked for whenever the advice was set aside; shown whenever it was given.
        if (given(dpo.reasonNotFollowed()) || dpo.outcome() != null && dpo.outcome().departsFromAdvice()) {
            rows.add(row("Why the advice was not followed in full", text(dpo.reasonNotFollowed())));
        }
    }

    /**
     * Where the agency decided otherwise than the toolkit, a boxed note above the table, since
     * that is what a reviewer most needs to see; a milder decision is named as such.
     */
    private void decisionDifference(Blocks b) {
        Decision agency = record.agencyDecision();
        if (toolkitDecision == null || agency == null || agency == toolkitDecision) {
            return;
        }
        boolean milder = agency.compareTo(toolkitDecision) < 0;
        String reason = given(record.decisionReason()) ? record.decisionReason() : "none given";
        b.notice(milder ? Tone.ORANGE : Tone.BLUE, "The agency's decision differs from the toolkit's.",
                "The agency decided ", Tones.badge(agency), "; the toolkit's decision is ", Tones.badge(toolkitDecision),
                ". The agency's decision is ",
                strong((milder ? "milder" : "stricter") + " than the toolkit's decision; reason: "), reason);
    }

    private void conditions(Blocks b) {
        b.h3("Conditions accepted");
        if (record.conditions().isEmpty()) {
            b.p(muted("No conditions recorded."));
            return;
        }
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (AcceptedCondition c : record.conditions()) {
            List<Inline> what = c.recommendation() == null ? notRecorded() : line(code(c.recommendation()));
            if (c.recommendation() != null) {
                titleOf.apply(c.recommendation()).ifPresent(title -> what.addAll(line(" ", title)));
            }
            if (given(c.note())) {
                what.add(muted(" · " + c.note()));
            }
            List<Inline> met = c.metOn() != null ? line("met on " + c.metOn()) : line("open");
            if (c.isOverdueOn(day)) {
                met.addAll(overdue());
            }
            rows.add(List.of(what, text(c.owner()), date(c.dueDate()), met));
        }
        b.add(Doc.table(List.of("Recommendation", "Owner", "Due", "Met"), rows));
    }

    // ---------------------------------------------------------------- helpers

    private List<Inline> overdue() {
        return line(", ", strong("overdue"), " on " + day + ", the day this report was made");
    }

    private static String assessor(Assessor a) {
        String name = given(a.name()) ? a.name() : "name not recorded";
        String rest = joined(a.role(), a.unit());
        return rest.isEmpty() ? name : name + " (" + rest + ")";
    }

    /** The parts that were given, joined by commas. */
    private static String joined(String... parts) {
        List<String> given = new ArrayList<>();
        for (String part : parts) {
            if (given(part)) {
                given.add(part);
            }
        }
        return String.join(", ", given);
    }

    private static List<Inline> text(String value) {
        return given(value) ? line(value) : notRecorded();
    }

    private static List<Inline> date(LocalDate value) {
        return value == null ? notRecorded() : line(value.toString());
    }

    private static List<Inline> notRecorded() {
        return line(muted(NOT_RECORDED));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static List<List<Inline>> row(String label, List<Inline> value) {
        return List.of(line(label), value);
    }
}
