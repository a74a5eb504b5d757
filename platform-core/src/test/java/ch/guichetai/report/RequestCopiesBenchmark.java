package ch.guichetai.report;

import ch.guichetai.canton.Language;
import ch.guichetai.request.SentRequest;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * How fast the PDF copy of a travel request (seed 004, form 318.632.1, two documents) is written
 * on one thread: the first copy (templates compiled, fonts and Batik loaded), then warm copies one
 * after the other. A program, not a test (surefire does not pick up {@code *Benchmark}): see
 * docs/performance/pdf.md for how to run it and the numbers it gave.
 */
public final class RequestCopiesBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 300;

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RequestCopies copies = new RequestCopies(RequestCopiesTest.CANTONS, RequestCopiesTest.DEVICES);
        SentRequest request = RequestCopiesTest.seed004("ge");

        long start = System.nanoTime();
        int size = write(copies, request);
        System.out.printf("first copy (compiles the templates): %.0f ms, %d bytes%n", (System.nanoTime() - start) / 1e6,
                size);
        for (int i = 0; i < WARM_UP; i++) {
            write(copies, request);
        }

        double[] wall = new double[RUNS];
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long runStart = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            long copyStart = System.nanoTime();
            write(copies, request);
            wall[i] = (System.nanoTime() - copyStart) / 1e6;
        }
        double seconds = (System.nanoTime() - runStart) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        Arrays.sort(wall);
        System.out.printf("%d warm copies on one thread in %.2f s (load average %.1f, %d processors)%n", RUNS, seconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("wall time per copy: min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms%n", wall[0],
                wall[RUNS / 2], wall[RUNS * 9 / 10], wall[RUNS - 1]);
        System.out.printf("copies per second: %.1f (wall), %.1f (CPU time of the thread: %.1f ms per copy)%n",
                RUNS / seconds, RUNS / cpuSeconds, cpuSeconds * 1000 / RUNS);
    }

    private static int write(RequestCopies copies, SentRequest request) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        copies.write(request, List.of(), Language.FR, pdf);
        return pdf.size();
    }
}
