package org.raitoolkit.model;

/** Whether the agency has identified a legal basis for the use of a system. */
public enum LegalBasis {
    YES, NO, UNCLEAR
}
