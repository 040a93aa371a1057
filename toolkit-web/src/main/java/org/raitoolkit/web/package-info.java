/**
 * The toolkit's questionnaires in the browser: {@link org.raitoolkit.web.ToolkitWebServer}
 * serves the readiness, risk and workbook tools over a {@code ToolkitEngine}, keeping no answers.
 * Started from the command line with {@code toolkit serve}. Everything in
 * {@code org.raitoolkit.web.internal} is not API.
 */
package org.raitoolkit.web;
