/**
 * Implementation of the documents: one builder per kind, the layout shared by the four page
 * formats and the JSON writer. Not an API: anything here may change without notice.
 */
package org.raitoolkit.documents.internal;
