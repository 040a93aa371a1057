/**
 * The web app's pages, forms and HTTP handling. Not API: it may change in any release.
 */
package org.raitoolkit.web.internal;
