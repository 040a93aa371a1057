package org.raitoolkit.reports.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.raitoolkit.model.AcceptedCondition;
import org.raitoolkit.model.Approval;
import org.raitoolkit.model.AssessmentRecord;
import org.raitoolkit.model.Assessor;
import org.raitoolkit.model.DpoConsultation;
import org.raitoolkit.model.RecordState;
import org.raitoolkit.model.ReviewTrigger;

/**
 * Writes an assessment record in the JSON report, in two forms: as the answer file has it, inside
 * {@code input}, so that the input reads back to the same answers (and the same digest); and in
 * full at the top level, every field present and {@code null} where not given, with what is
 * overdue on the day the report was made. Stateless.
 */
final class RecordJson {

    private RecordJson() {
    }

    /** The record as in an answer file: only the fields given. */
    static void asGiven(JsonGenerator g, AssessmentRecord record) throws IOException {
        write(g, record, null);
    }

    /**
     * The record in full, with {@code reviewOverdue} and each condition's {@code overdue} as of
     * {@code day}; {@code null} when there is no record.
     */
    static void checked(JsonGenerator g, AssessmentRecord record, LocalDate day) throws IOException {
        if (record == null) {
            g.writeNull();
            return;
        }
        write(g, record, day);
    }

    /** {@code day} null: as given; otherwise in full, checked on that day. */
    private static void write(JsonGenerator g, AssessmentRecord r, LocalDate day) throws IOException {
        boolean full = day != null;
        g.writeStartObject();
        // A record without a state is a draft: the full form says so rather than leave it to the reader.
        value(g, "state", full && r.state() == null ? RecordState.DRAFT : r.state(), full);
        g.writeArrayFieldStart("assessors");
        for (Assessor a : r.assessors()) {
            g.writeStartObject();
            value(g, "name", a.name(), full);
            value(g, "role", a.role(), full);
            value(g, "unit", a.unit(), full);
            g.writeEndObject();
        }
        g.writeEndArray();
        value(g, "assessedOn", r.assessedOn(), full);
        dpo(g, r.dataProtectionOfficer(), full);
        value(g, "agencyDecision", r.agencyDecision(), full);
        value(g, "decisionReason", r.decisionReason(), full);
        approval(g, r.approval(), full);
        g.writeArrayFieldStart("conditions");
        for (AcceptedCondition c : r.conditions()) {
            g.writeStartObject();
            value(g, "recommendation", c.recommendation(), full);
            value(g, "owner", c.owner(), full);
            value(g, "dueDate", c.dueDate(), full);
            value(g, "metOn", c.metOn(), full);
            value(g, "note", c.note(), full);
            if (full) {
                g.writeBooleanField("overdue", c.isOverdueOn(day));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        value(g, "nextReview", r.nextReview(), full);
        if (full) {
            g.writeBooleanField("reviewOverdue", r.isReviewOverdueOn(day));
        }
        g.writeArrayFieldStart("reviewTriggers");
        for (ReviewTrigger t : r.reviewTriggers()) {
            g.writeString(t.name());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void dpo(JsonGenerator g, DpoConsultation dpo, boolean full) throws IOException {
        if (dpo == null) {
            value(g, "dataProtectionOfficer", null, full);
            return;
        }
        g.writeObjectFieldStart("dataProtectionOfficer");
        value(g, "name", dpo.name(), full);
        value(g, "consultedOn", dpo.consultedOn(), full);
        value(g, "advice", dpo.advice(), full);
        value(g, "outcome", dpo.outcome(), full);
        value(g, "reasonNotFollowed", dpo.reasonNotFollowed(), full);
        g.writeEndObject();
    }

    private static void approval(JsonGenerator g, Approval approval, boolean full) throws IOException {
        if (approval == null) {
            value(g, "approval", null, full);
            return;
        }
        g.writeObjectFieldStart("approval");
        value(g, "name", approval.name(), full);
        value(g, "role", approval.role(), full);
        value(g, "approvedOn", approval.approvedOn(), full);
        g.writeEndObject();
    }

    /**
     * Text, a date (YYYY-MM-DD) or an enum's name; when absent, {@code null} in the full form
     * and left out as given, as answer files leave it out.
     */
    private static void value(JsonGenerator g, String name, Object value, boolean nullWhenAbsent) throws IOException {
        if (value == null) {
            if (nullWhenAbsent) {
                g.writeNullField(name);
            }
            return;
        }
        g.writeStringField(name, value instanceof Enum<?> e ? e.name() : value.toString());
    }
}
