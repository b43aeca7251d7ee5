package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kg.kozomol.platform.db.EmbeddedDatabaseProperties;
import kg.kozomol.platform.db.EmbeddedPostgresServer;

class EmbeddedPostgresServerTest {

    @TempDir Path directory;

    @Test
    void dataSurvivesARestartOfTheServer() throws Exception {
        var properties = new EmbeddedDatabaseProperties(directory.resolve("pg").toString(), false, "kozomol", 0, false);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
            execute(server, "create table kept (value text); insert into kept values ('ө ү ң')");
            assertThat(query(server, "show synchronous_commit")).as("a commit waits for the disk").isEqualTo("on");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
            assertThat(query(server, "select value from kept")).isEqualTo("ө ү ң");
        }
    }

    @Test
    void aKeptClusterKeepsCommittedDataThroughACrashAndIsSizedForBulkWrites() throws Exception {
        var properties = new EmbeddedDatabaseProperties(directory.resolve("kept").toString(), false, "kozomol", 0, false);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
            assertThat(query(server, "select string_agg(current_setting(name), ' ' order by name) from unnest(array['fsync',"
                    + " 'synchronous_commit', 'max_wal_size', 'checkpoint_timeout', 'shared_buffers', 'wal_buffers']) name"))
                    .isEqualTo("15min on 4GB 256MB on 16MB");
        }
    }

    @Test
    void aPostmasterLeftBehindByAKilledJvmIsStoppedBeforeTheNextStart() throws Exception {
        Path data = directory.resolve("orphan");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedPostgresMaker.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("READY")) {
                // wait for the child to have its server up
            }
        }
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        child.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

        var properties = new EmbeddedDatabaseProperties(data.toString(), false, "kozomol", 0, false);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
            assertThat(query(server, "select value::text from kept")).isEqualTo("42");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), "postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), "postgres");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
