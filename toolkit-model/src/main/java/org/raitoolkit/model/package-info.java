/**
 * The toolkit's domain: principles, readiness, risk, workbook and roadmap content; the inputs to
 * each assessment; and their results with reasons.
 *
 * <p>Every type is immutable and safe to share between threads. Collections returned by accessors
 * are unmodifiable. Constraints are Jakarta Validation annotations, checked by the content module
 * when it reads a file; this module has no dependency on a validator, Jackson databind or Drools.
 */
package org.raitoolkit.model;
