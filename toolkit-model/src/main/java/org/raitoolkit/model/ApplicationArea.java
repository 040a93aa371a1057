package org.raitoolkit.model;

/** The kinds of AI application the toolkit's technical reference distinguishes. */
public enum ApplicationArea {
    /** Computer vision, including facial recognition and number-plate recognition. */
    IMAGE_ANALYSIS,
    /** Natural-language processing and speech: transcription, translation, entity extraction. */
    TEXT_SPEECH,
    /** Risk evaluation and predictive analytics, about places or about people. */
    RISK_PREDICTION,
    /** Generation of text, images, audio or video. */
    CONTENT_GENERATION,
    /** Automation of administrative or operational processes, such as routing or scheduling. */
    PROCESS_AUTOMATION
}
