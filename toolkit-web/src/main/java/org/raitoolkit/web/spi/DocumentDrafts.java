package org.raitoolkit.web.spi;

import java.util.List;
import java.util.Objects;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;

/**
 * The documents to file that the risk result page offers for download, drafted from the risk
 * report, such as a data protection impact assessment. The web app names no document itself: it
 * lists the {@link #offers offers} of the report under "Documents to file" and asks for the chosen
 * one in the chosen format. Given to {@link org.raitoolkit.web.ToolkitWebServer.Builder#documents};
 * without it the page offers the reports only.
 *
 * <p>Implementations must be thread-safe: the server calls them from several request threads at
 * once. They are called with reports of the server's engine only, and keep nothing between calls.
 */
public interface DocumentDrafts {

    /**
     * The documents that can be drafted from {@code report}, in the order the page lists them;
     * empty when there are none, and then the page shows no documents form.
     *
     * @throws NullPointerException if {@code report} is null
     */
    List<Offer> offers(RiskReport report);

    /**
     * The document of {@code key}, drafted from {@code report}, as the bytes of a file in
     * {@code format}: UTF-8 text for HTML, Markdown and JSON; the file itself for PDF and DOCX.
     *
     * @throws IllegalArgumentException if {@code key} is not among the {@link #offers} of {@code report}
     * @throws NullPointerException if an argument is null
     */
    byte[] draft(String key, RiskReport report, ReportFormat format);

    /**
     * One document on offer.
     *
     * @param key what the form sends and the file name starts with, such as {@code dpia}: lower-case
     *     letters, digits and dashes
     * @param name the document in words, as the page lists it, such as "Data protection impact assessment"
     */
    record Offer(String key, String name) {

        /**
         * @throws IllegalArgumentException if {@code key} is not lower-case letters, digits and
         *     dashes, or {@code name} is blank
         * @throws NullPointerException if an argument is null
         */
        public Offer {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            // The key becomes part of a file name and of a header, so it is kept to a safe alphabet.
            if (!key.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("a document key is lower-case letters, digits and dashes, not '" + key + "'");
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("the name of document '" + key + "' is blank");
            }
        }
    }
}
