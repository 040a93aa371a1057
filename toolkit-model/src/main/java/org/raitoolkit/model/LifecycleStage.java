package org.raitoolkit.model;

/**
 * The stages of an AI system's life in an agency. Design and development and procurement are
 * alternative paths between the decision and deployment.
 */
public enum LifecycleStage {
    DECISION, DESIGN_DEVELOPMENT, PROCUREMENT, DEPLOYMENT, MONITORING_EVALUATION, RETIREMENT
}
