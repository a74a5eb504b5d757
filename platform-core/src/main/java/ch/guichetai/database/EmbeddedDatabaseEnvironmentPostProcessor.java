package ch.guichetai.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no {@code spring.datasource.url}, starts the embedded MariaDB and points the application at
 * it. Settings: {@code guichet.embedded-db.data-dir} (kept across restarts; unset means a
 * throw-away folder) and {@code guichet.embedded-db.port} (0, the default, picks a free port).
 */
class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String dataDir = environment.getProperty("guichet.embedded-db.data-dir");
        int port = environment.getProperty("guichet.embedded-db.port", Integer.class, 0);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir), port);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                // Connector/J cannot tell Hibernate that the server is MariaDB.
                "spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect")));
    }
}
