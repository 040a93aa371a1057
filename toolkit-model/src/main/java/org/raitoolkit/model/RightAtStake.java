package org.raitoolkit.model;

/** The rights and interests of people that a risk factor can harm. */
public enum RightAtStake {
    PRIVACY,
    DATA_PROTECTION,
    NON_DISCRIMINATION,
    PRESUMPTION_OF_INNOCENCE,
    FAIR_TRIAL,
    EFFECTIVE_REMEDY,
    FREEDOM_OF_EXPRESSION,
    FREEDOM_OF_ASSEMBLY,
    LIBERTY_AND_SECURITY,
    PHYSICAL_SAFETY,
    RIGHTS_OF_THE_CHILD,
    HUMAN_DIGNITY,
    /** Not an individual right, but the trust on which policing by consent rests. */
    PUBLIC_TRUST,
    /** The environment and the well-being of society beyond the people directly affected. */
    ENVIRONMENT
}
