package ch.guichetai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A java -jar process under test: started, awaited by a line of its output, stopped, checked for orphans. */
final class JavaProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private JavaProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static JavaProcess start(Path jar, Path log, String... args) throws IOException {
        assertThat(jar).as("the packaged jar (built by mvn package)").exists();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx768m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new JavaProcess(process, log);
    }

    /** Waits for a line in the output; fails with the output's tail if the process dies or time runs out. */
    void awaitOutput(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("The process ended (exit " + process.exitValue() + ") before printing '" + text
                        + "':\n" + tail());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No '" + text + "' within " + timeout + ":\n" + tail());
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Sends SIGINT, as Ctrl-C in a terminal does. A build started in the background by a shell
     * without job control ({@code nohup ... &}) hands its children SIGINT ignored, and the JVM then
     * never sees it; there the same shutdown is asked for with SIGTERM, which the JVM handles alike.
     */
    void interrupt() throws IOException, InterruptedException {
        String signal = ignoresSigint() ? "-TERM" : "-INT";
        if (signal.equals("-TERM")) {
            System.err.println("SIGINT is ignored in this environment (started in the background): sending SIGTERM");
        }
        new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
    }

    /** Whether the process ignores SIGINT (signal 2: bit 1 of SigIgn in /proc/PID/status). */
    private boolean ignoresSigint() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private String tail() throws IOException {
        String output = output();
        return output.substring(Math.max(0, output.length() - 4000));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
