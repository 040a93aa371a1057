/**
 * The toolkit's questionnaires in the browser: {@link org.raitoolkit.examples.web.ToolkitWebServer}
 * serves the readiness, risk and workbook tools over a {@code ToolkitEngine}, keeping no answers.
 * Started from the command line with {@code toolkit serve}. Everything in
 * {@code org.raitoolkit.examples.web.internal} is not API.
 */
package org.raitoolkit.examples.web;
