package kg.kozomol.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL leaves its embedded postmaster running, and the next start then fails on
 * {@code postmaster.pid}. This stops such a leftover server before we start our own.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDirectory, Duration timeout) {
        pidOfRunningPostgres(dataDirectory).ifPresent(pid -> stop(pid, timeout));
    }

    static Optional<Long> pidOfRunningPostgres(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(firstLine);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres).map(p -> pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        Path comm = Path.of("/proc", Long.toString(process.pid()), "comm");
        try {
            if (Files.isReadable(comm)) {
                return Files.readString(comm).trim().startsWith("postgres");
            }
        } catch (IOException e) {
            return false;
        }
        return process.info().command().map(c -> c.contains("postgres")).orElse(false);
    }

    private static void stop(long pid, Duration timeout) {
        log.warn("Found a PostgreSQL server (pid {}) left running by a previous run; stopping it", pid);
        try {
            // SIGINT is PostgreSQL's "fast shutdown": it does not wait for the (dead) clients.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent()) {
                handle.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not stop the leftover PostgreSQL server with pid " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + pid, e);
        }
    }
}
