/**
 * Extension points of the web app: what an application plugs into
 * {@link org.raitoolkit.web.ToolkitWebServer.Builder} to offer more than the toolkit's own reports,
 * such as {@link org.raitoolkit.web.spi.DocumentDrafts} for the documents an agency files.
 */
package org.raitoolkit.web.spi;
