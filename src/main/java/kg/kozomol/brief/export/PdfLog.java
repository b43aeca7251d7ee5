package kg.kozomol.brief.export;

import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's messages to the application's log instead of its own console output; its routine
 * INFO lines (one per font loaded) become DEBUG.
 */
final class PdfLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, message, error);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, message, error);
        } else if (value >= Level.INFO.intValue()) {
            log.debug("{}: {}", where, message, error);
        } else {
            log.trace("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the application's logging configuration's business.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? log.isWarnEnabled()
                : value >= Level.INFO.intValue() ? log.isDebugEnabled() : log.isTraceEnabled();
    }
}
