package org.raitoolkit.examples.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.raitoolkit.documents.DocumentKind;
import org.raitoolkit.documents.Documents;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.web.spi.DocumentDrafts;

/**
 * The filed documents of {@link Documents} as the web app's documents to file: for each risk result,
 * the kinds the report supports (the DPIA and the public transparency record always; the FRIA and the
 * EU database registration data when the EU AI Act's rule set assessed the system), each drafted
 * on request in the format asked for. Immutable and thread-safe, like {@link Documents}.
 */
final class DocumentDownloads implements DocumentDrafts {

    private final Documents documents;

    DocumentDownloads(Documents documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    @Override
    public List<Offer> offers(RiskReport report) {
        return supported(report).stream().map(kind -> new Offer(kind.fileName(), kind.title())).toList();
    }

    @Override
    public byte[] draft(String key, RiskReport report, ReportFormat format) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
        List<DocumentKind> offered = supported(report);
        // Only an offered key, as the page sends it: a kind the report does not support is refused here, not half-drafted.
        DocumentKind kind = offered.stream().filter(k -> k.fileName().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a document offered for this report; allowed: "
                        + String.join(", ", offered.stream().map(DocumentKind::fileName).toList())));
        return documents.renderBytes(documents.draft(kind, report), format);
    }

    private List<DocumentKind> supported(RiskReport report) {
        Objects.requireNonNull(report, "report");
        return Arrays.stream(DocumentKind.values()).filter(kind -> documents.supports(kind, report)).toList();
    }
}
