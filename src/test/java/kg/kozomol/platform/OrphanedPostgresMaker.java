package kg.kozomol.platform;

import kg.kozomol.platform.db.EmbeddedDatabaseProperties;
import kg.kozomol.platform.db.EmbeddedPostgresServer;

/** Run in a child JVM that the test then kills with SIGKILL, leaving its postmaster behind. */
public final class OrphanedPostgresMaker {

    private OrphanedPostgresMaker() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(args[0], false, "kozomol", 0, false));
        try (var c = java.sql.DriverManager.getConnection(server.jdbcUrl(), server.username(), "postgres");
                var s = c.createStatement()) {
            s.execute("create table kept (value int); insert into kept values (42)");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
