package ch.guichetai.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak distribution unpacked and built ({@code kc.sh build}) with our provider once per
 * Maven build, in {@code target/keycloak-builds/<hash>} of the reactor's root, then linked into each
 * server's home (ADR 0019). The hash covers Keycloak's version, the build options and the
 * provider's bytes, so a changed provider gets a build of its own. A marker written last says a
 * build is complete; a file lock keeps two processes (two test JVMs, the local stack) from
 * building the same one at once.
 */
final class KeycloakBuild {

    private static final Logger log = LoggerFactory.getLogger(KeycloakBuild.class);
    private static final String BUILD_OPTIONS = "--db=mariadb --health-enabled=true";
    private static final String PROVIDER = "providers/guichet-keycloak-extension.jar";
    private static final String COMPLETE = ".guichet-build-complete";
    /** In a server's home: the hash of the build it was linked from. */
    private static final String HOME_MARKER = ".guichet-build";

    private KeycloakBuild() {
    }

    /**
     * Makes {@code home} a Keycloak home of the current build: built first if no complete build of
     * this hash exists, then hard-linked (copied where links cannot be made). A home already linked
     * from this build is left as it is.
     */
    static void installInto(Path home) throws IOException {
        byte[] provider = provider();
        Properties distribution = KeycloakServer.distribution();
        String hash = hash(distribution.getProperty("version"), provider);
        Path marker = home.resolve(HOME_MARKER);
        if (Files.exists(marker) && Files.readString(marker).equals(hash)) {
            return;
        }
        Path builds = Path.of(distribution.getProperty("builds")).toAbsolutePath().normalize();
        linkFromBuild(builds, hash, Path.of(distribution.getProperty("zip")), provider, home);
        Files.writeString(marker, hash);
    }

    /**
     * Under the builds folder's lock (and this JVM's: a file lock is per process): builds this hash
     * if no complete build of it exists, then links it into the home.
     */
    private static synchronized void linkFromBuild(Path builds, String hash, Path zip, byte[] provider, Path home)
            throws IOException {
        Path build = builds.resolve(hash);
        Files.createDirectories(builds);
        try (FileChannel lockFile = FileChannel.open(builds.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
            if (!Files.exists(build.resolve(COMPLETE))) {
                long started = System.nanoTime();
                deleteStaleBuilds(builds);
                unzip(zip, build);
                Files.write(build.resolve(PROVIDER), provider);
                build(build);
                Files.writeString(build.resolve(COMPLETE), hash);
                log.info("Keycloak unpacked and built in {} ({} s)", build, (System.nanoTime() - started) / 1_000_000_000);
            }
            deleteRecursively(home);
            link(build, home);
        }
    }

    /** Earlier builds (another provider, a half-done build): their homes keep their own links. */
    private static void deleteStaleBuilds(Path builds) throws IOException {
        try (Stream<Path> folders = Files.list(builds)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                deleteRecursively(folder);
            }
        }
    }

    private static void build(Path build) throws IOException {
        List<String> line = new ArrayList<>(List.of(build.resolve("bin/kc.sh").toString(), "build"));
        line.addAll(List.of(BUILD_OPTIONS.split(" ")));
        Path output = build.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kc.sh build failed (exit " + exit + "); see " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building Keycloak", e);
        }
    }

    /**
     * The build's files into the home as hard links: no copy of 190 MB per server. A running
     * Keycloak writes only into {@code data/}, which every home gets empty, never into its built
     * files, so no home changes the build through its links.
     */
    private static void link(Path build, Path home) throws IOException {
        try (Stream<Path> paths = Files.walk(build)) {
            for (Path source : paths.toList()) {
                Path relative = build.relativize(source);
                if (relative.startsWith("data") || relative.toString().equals(COMPLETE)
                        || relative.toString().equals("build.log")) {
                    continue;
                }
                Path target = home.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, source);
                    } catch (FileSystemException | UnsupportedOperationException otherFileSystem) {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static byte[] provider() throws IOException {
        try (InputStream provider = KeycloakBuild.class.getResourceAsStream("/keycloak/" + PROVIDER)) {
            if (provider == null) {
                throw new IllegalStateException("the Keycloak extension is missing from the class path (build keycloak-realm)");
            }
            return provider.readAllBytes();
        }
    }

    private static String hash(String version, byte[] provider) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((version + "\n" + BUILD_OPTIONS + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(provider);
            return "keycloak-" + version + "-" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip + " (run the Maven build)");
        }
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top folder keycloak-<version>/
                }
                Path file = target.resolve(name.substring(slash + 1)).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    if (name.contains("/bin/") && name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
