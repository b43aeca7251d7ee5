package kg.kozomol.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is given, so that one command runs
 * Kozomol on a bare machine. With an external URL this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    /** Closing a shared server's handle leaves the server running for the other contexts of the JVM. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        if (properties.shared()) {
            String database = properties.databaseName() + "_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            return EmbeddedPostgresServer.shared(properties, database);
        }
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.username());
        config.setPassword("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("kozomol-embedded");
        return new HikariDataSource(config);
    }
}
