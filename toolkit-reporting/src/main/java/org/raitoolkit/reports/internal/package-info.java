/**
 * Implementation of the reports: the JSON document builder, the document tree shared by the
 * Markdown and HTML writers, the SVG charts and atomic file writing. Not an API: anything here
 * may change without notice.
 */
package org.raitoolkit.reports.internal;
