package org.raitoolkit.reports.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF layout engine's messages to SLF4J, as every other message of the toolkit goes.
 * Its default logger prints timings and notes at INFO on standard error, which would mix with a
 * command's own messages. Its INFO becomes DEBUG here: they are notes for a developer.
 */
final class PdfLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.raitoolkit.reports.pdf");

    private PdfLog() {
    }

    /**
     * Puts this logger in place of the layout engine's default one; a logger the application set
     * itself is left alone. The engine keeps one logger for the whole JVM, so this is its setting, not ours.
     */
    static void install() {
        // Null until the engine first logs, when it would make its default JDKXRLogger.
        XRLogger current = XRLog.getLoggerImpl();
        if (current == null || current instanceof JDKXRLogger) {
            XRLog.setLoggerImpl(new PdfLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, message, th);
        } else if (value >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, th);
        } else if (value >= Level.INFO.intValue()) {
            LOG.debug("{}: {}", where, message, th);
        } else {
            LOG.trace("{}: {}", where, message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are SLF4J's to set.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? LOG.isWarnEnabled()
                : value >= Level.INFO.intValue() ? LOG.isDebugEnabled() : LOG.isTraceEnabled();
    }
}
