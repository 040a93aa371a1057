package org.raitoolkit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.raitoolkit.reports.ReportFormat;
import org.raitoolkit.reports.RiskReport;
import org.raitoolkit.web.spi.DocumentDrafts;

/**
 * A drafter of one document, a note on a system that processes biometric data, offered only for
 * such systems: enough to show the documents form on some result pages and not on others. Its
 * file is a line of text naming the system and the format asked for, so that a test sees both
 * arrive; it is no real PDF or Word file.
 */
final class BiometricNotes implements DocumentDrafts {

    static final String KEY = "note";
    static final String NAME = "Note on biometric data";

    @Override
    public List<Offer> offers(RiskReport report) {
        return report.input().system().processesBiometricData() ? List.of(new Offer(KEY, NAME)) : List.of();
    }

    @Override
    public byte[] draft(String key, RiskReport report, ReportFormat format) {
        if (offers(report).stream().noneMatch(o -> o.key().equals(key))) {
            throw new IllegalArgumentException("no document '" + key + "' for this report");
        }
        return text(report.input().system().name(), format).getBytes(StandardCharsets.UTF_8);
    }

    /** What {@link #draft} writes for the system {@code name} in {@code format}. */
    static String text(String name, ReportFormat format) {
        return NAME + " of " + name + ", as " + format.name().toLowerCase(Locale.ROOT);
    }
}
