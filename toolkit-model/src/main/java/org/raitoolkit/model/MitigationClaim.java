package org.raitoolkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an assessor says of one mitigation of a factor: its status and, optionally, where the
 * evidence for it is kept. In an answer file it is either a mapping or, as files written before
 * statuses existed, the mitigation's id alone, which reads as IMPLEMENTED with a note.
 *
 * @param id the mitigation's id, from the factor's list in the content pack
 * @param status PLANNED, IMPLEMENTED or VERIFIED; {@code null} when the file gave the id alone
 * @param evidence a reference to the evidence (a document, test report or contract clause), or
 *     {@code null}
 */
public record MitigationClaim(
        @NotBlank @Size(max = 80) String id,
        MitigationStatus status,
        @Size(max = 500) String evidence) {

    /** The mapping form of an answer file. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public MitigationClaim {
    }

    /** The id-only form of older answer files: its status is not stated. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MitigationClaim ofId(String id) {
        return new MitigationClaim(id, null, null);
    }

    /** A mitigation with the given status and no evidence reference. */
    public static MitigationClaim of(String id, MitigationStatus status) {
        return new MitigationClaim(id, status, null);
    }

    /** The status to assess with: IMPLEMENTED when the file did not state one. */
    @JsonIgnore
    public MitigationStatus effectiveStatus() {
        return status == null ? MitigationStatus.IMPLEMENTED : status;
    }

    /** Whether this mitigation lowers its factor's rating. */
    @JsonIgnore
    public boolean lowersRisk() {
        return effectiveStatus().lowersRisk();
    }
}
