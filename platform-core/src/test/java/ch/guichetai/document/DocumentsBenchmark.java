package ch.guichetai.document;

import ch.guichetai.CoreTestApplication;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestCompanies;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The heap that ten concurrent 10 MB uploads need on their way into the database: through the
 * document store (streamed via a temporary file, {@code setBinaryStream}), and side by side the
 * way procurations were saved before ADR 0018 (the whole file in arrays: the upload handler's, the
 * checked copy, the entity's copy, bound with {@code setBytes}). Then ten concurrent downloads,
 * streamed or read into arrays. A program, not a test (surefire does not pick up
 * {@code *Benchmark}): see docs/performance/documents.md for how to run it and the numbers.
 * <p>
 * It adds a company and its documents to the test database, and deletes them at the end.
 */
public final class DocumentsBenchmark {

    private static final int UPLOADS = 10;
    private static final int SIZE = 10 * 1024 * 1024;
    private static final int ROUNDS = 3;
    private static final CantonCode GE = new CantonCode("ge");

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplication(CoreTestApplication.class).run(
                "--spring.main.web-application-type=none", "--logging.level.root=WARN")) {
            new DocumentsBenchmark(context.getBean(Documents.class), context.getBean(JdbcTemplate.class),
                    context.getBean(TransactionTemplate.class)).run();
        }
        // the embedded database's threads would keep the JVM alive
        System.exit(0);
    }

    private final Documents documents;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private DocumentOwner owner;

    private DocumentsBenchmark(Documents documents, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    private void run() throws Exception {
        owner = DocumentOwner.ofCompany(TestCompanies.approved(jdbc, "ge"));
        try {
            System.out.printf("%nJVM max heap %d MB, %s; %d concurrent uploads of %d MB, %d rounds each%n%n",
                    Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getVmVersion(), UPLOADS,
                    SIZE >> 20, ROUNDS);
            System.out.println("| way | round | peak heap used, MB (sampled) | sum of heap pools' peaks, MB | "
                    + "allocated by the ten threads, MB | wall time, ms |");
            System.out.println("|---|---|---|---|---|---|");
            // one warm-up of each, unreported: classes loaded, JIT, pool connections opened
            measure("warm-up", this::streamedUpload, false);
            measure("warm-up", this::inMemoryUpload, false);
            for (int round = 1; round <= ROUNDS; round++) {
                measure("upload, document store (streamed) | " + round, this::streamedUpload, true);
                measure("upload, in memory (before ADR 0018) | " + round, this::inMemoryUpload, true);
            }
            List<Long> ids = jdbc.queryForList("select id from document where canton = 'ge' and owner_company_id = ?"
                    + " order by id desc limit " + UPLOADS, Long.class, owner.id());
            measure("warm-up", i -> streamedDownload(ids.get(i)), false);
            measure("warm-up", i -> inMemoryDownload(ids.get(i)), false);
            for (int round = 1; round <= ROUNDS; round++) {
                measure("download, document store (streamed) | " + round, i -> streamedDownload(ids.get(i)), true);
                measure("download, into an array (before ADR 0018) | " + round, i -> inMemoryDownload(ids.get(i)), true);
            }
        } finally {
            jdbc.update("delete from document where canton = 'ge' and owner_company_id = ?", owner.id());
            jdbc.update("delete from company where id = ?", owner.id());
        }
    }

    /** What {@code ProcurationField} and {@code Beneficiaries} now do. */
    private void streamedUpload(int i) {
        ReceivedDocument file = documents.receive("scan-" + i + ".pdf", new GeneratedPdf(SIZE));
        try {
            TenantContext.callAs(GE, () -> transaction.execute(status -> documents.store(owner, file)));
        } finally {
            file.discard();
        }
    }

    /**
     * What the procuration field and entity did before: {@code readNBytes} of the upload, a checked
     * copy ({@code DocumentFile.of} cloned it), the entity's copy ({@code file.content()} cloned it
     * again), hashed as a whole, bound as {@code byte[]} the way Hibernate binds it.
     */
    private void inMemoryUpload(int i) {
        try (InputStream upload = new GeneratedPdf(SIZE)) {
            byte[] received = upload.readNBytes(SIZE + 1);
            byte[] checked = received.clone();
            byte[] entity = checked.clone();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entity));
            TenantContext.callAs(GE, () -> transaction.execute(status -> jdbc.update("""
                    insert into document (canton, owner_company_id, file_name, media_type, size_bytes, sha256,
                        created_at, content)
                    values ('ge', ?, ?, 'application/pdf', ?, ?, ?, ?)""", owner.id(), "scan-" + i + ".pdf",
                    entity.length, sha256, Timestamp.from(Instant.now()), entity)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@code ProcurationDownload} now does, to a response that goes nowhere. */
    private void streamedDownload(long id) {
        boolean read = TenantContext.callAs(GE, () -> documents.read(TestActors.memberOf("ge", owner.id()), id,
                (document, content) -> content.transferTo(OutputStream.nullOutputStream())));
        if (!read) {
            throw new IllegalStateException("document " + id + " not read");
        }
    }

    /** Before: the entity's array, the copy handed to the controller, written as the response body. */
    private void inMemoryDownload(long id) {
        byte[] entity = TenantContext.callAs(GE, () -> jdbc.queryForObject(
                "select content from document where canton = 'ge' and id = ?", byte[].class, id));
        try {
            OutputStream.nullOutputStream().write(entity.clone());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        void run(int i) throws Exception;
    }

    /** Runs the ten together, from a collected heap, sampling the heap used every millisecond. */
    private void measure(String way, Work work, boolean report) throws Exception {
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.gc();
        System.gc();
        Thread.sleep(300);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong(before);
        AtomicLong allocated = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(UPLOADS);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (done.getCount() > 0) {
                sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        for (int i = 0; i < UPLOADS; i++) {
            int index = i;
            Thread.ofPlatform().start(() -> {
                long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                try {
                    start.await();
                    work.run(index);
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    allocated.addAndGet(threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
                    done.countDown();
                }
            });
        }
        long started = System.nanoTime();
        start.countDown();
        done.await();
        long millis = (System.nanoTime() - started) / 1_000_000;
        sampler.join();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(way + " failed", failures.getFirst());
        }
        long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        if (report) {
            System.out.printf("| %s | %d | %d | %d | %d |%n", way, (sampledPeak.get() - before) >> 20,
                    (poolPeaks - before) >> 20, allocated.get() >> 20, millis);
        }
    }

    /** A PDF header and then {@code size} bytes in all 256 values, generated as it is read. */
    private static final class GeneratedPdf extends InputStream {

        private static final byte[] HEADER = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        private final long size;
        private long position;

        GeneratedPdf(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return byteAt(position++) & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = byteAt(position++);
            }
            return count;
        }

        private static byte byteAt(long position) {
            return position < HEADER.length ? HEADER[(int) position] : (byte) (position * 31 + (position >>> 9));
        }
    }
}
