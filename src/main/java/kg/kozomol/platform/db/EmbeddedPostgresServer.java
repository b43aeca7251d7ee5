package kg.kozomol.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL cluster run by the application itself, with its data kept in a directory. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final String databaseName;
    private final boolean owned;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String databaseName, boolean owned) {
        this.postgres = postgres;
        this.databaseName = databaseName;
        this.owned = owned;
    }

    /**
     * Settings for bulk writes such as a million-row import, none of which risks committed data (the README says what to
     * set on a server of one's own): WAL may grow to 4 GB before a checkpoint is forced, and checkpoints come every 15
     * minutes rather than 5, so one import does not checkpoint again and again, each time rewriting every index page it
     * touches next as a full page in the WAL; more shared buffers keep those index pages in memory.
     */
    static final java.util.Map<String, String> SETTINGS = java.util.Map.of(
            "shared_buffers", "256MB",
            "wal_buffers", "16MB",
            "max_wal_size", "4GB",
            "checkpoint_timeout", "15min");

    private static final java.util.Map<Path, EmbeddedPostgresServer> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One server per data directory for the whole JVM, stopped when the JVM exits; each caller gets its own
     * database in it. Tests use this so that every application context shares one PostgreSQL.
     */
    public static EmbeddedPostgresServer shared(EmbeddedDatabaseProperties properties, String databaseName) {
        Path directory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        EmbeddedPostgresServer server = SHARED.computeIfAbsent(directory, d -> {
            EmbeddedPostgresServer started = start(properties);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away; PostgreSQL is stopped as an orphan on the next start
                }
            }, "embedded-postgres-shutdown"));
            return started;
        });
        EmbeddedPostgresServer forDatabase = new EmbeddedPostgresServer(server.postgres, databaseName, false);
        try {
            forDatabase.createDatabaseIfMissing();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + databaseName, e);
        }
        return forDatabase;
    }

    public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory);
            OrphanedPostmaster.stopIfRunning(dataDirectory, Duration.ofSeconds(30));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(properties.cleanOnStart())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            SETTINGS.forEach(builder::setServerConfig);
            // The library starts PostgreSQL with fsync and synchronous commit off, which suits a test cluster thrown away
            // after each run but may lose acknowledged data in a crash: every other cluster gets PostgreSQL's defaults.
            String durable = properties.durable() ? "on" : "off";
            builder.setServerConfig("fsync", durable).setServerConfig("synchronous_commit", durable);
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, properties.databaseName(), true);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL could not start in %s (%s).
                    If you run as root where 'unshare' is not permitted, PostgreSQL refuses to start;
                    run as a normal user, or point Kozomol at an external server with
                    SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD."""
                    .formatted(dataDirectory, e.getMessage()), e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database \"" + databaseName.replace("\"", "") + "\"");
                    }
                }
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            postgres.close();
        }
    }
}
