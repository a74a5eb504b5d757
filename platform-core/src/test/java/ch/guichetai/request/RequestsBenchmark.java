package ch.guichetai.request;

import ch.guichetai.CoreTestApplication;
import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.document.Documents;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestDatabase;
import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Guichet's history for an account with 1,000 requests: the service's first page (and count)
 * against the raw indexed SQL of the same page, measured side by side in one run; then sending a
 * request with three 5 MB documents; on the embedded MariaDB of the tests. A program, not a test: see docs/performance/requests.md.
 * <p>
 * It empties the test database first.
 */
public final class RequestsBenchmark {

    private static final int REQUESTS_OF_THE_ACCOUNT = 1_000;
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;
    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final int YEAR = Year.now(ZoneId.of("Europe/Zurich")).getValue();
    private static final String PAGE = """
            select id, reference, form, service_from, service_to, beneficiary_name, status, sent_at, total
            from request where canton = ? and owner_account_id = ? order by sent_at desc, id desc limit 50""";
    private static final String COUNT = "select count(*) from request where canton = ? and owner_account_id = ?";

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplication(CoreTestApplication.class).run(
                "--spring.main.web-application-type=none", "--logging.level.root=WARN")) {
            new RequestsBenchmark(context.getBean(JdbcTemplate.class), context.getBean(Requests.class),
                    context.getBean(Accounts.class), context.getBean(Documents.class)).run();
        }
        // the embedded database's threads would keep the JVM alive
        System.exit(0);
    }

    private final JdbcTemplate jdbc;
    private final Requests requests;
    private final Accounts accounts;
    private final Documents documents;

    private RequestsBenchmark(JdbcTemplate jdbc, Requests requests, Accounts accounts, Documents documents) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.accounts = accounts;
        this.documents = documents;
    }

    private void run() {
        TestDatabase.reset(jdbc);
        Account account = account(GE, "Alice", "Martin");
        Actor owner = TestActors.actor(account);
        insert("ge", account.id(), 0);
        insert("ge", account(GE, "Bob", "Favre").id(), REQUESTS_OF_THE_ACCOUNT);
        insert("be", account(BE, "Berta", "Bern").id(), 0);
        // the counters where the inserted references stop, as sending them would have left them
        jdbc.update("insert into request_reference_counter (canton, reference_year, last_number) values ('ge', ?, ?), ('be', ?, ?)",
                YEAR, 2 * REQUESTS_OF_THE_ACCOUNT, YEAR, REQUESTS_OF_THE_ACCOUNT);
        SentRow.recountTallies(jdbc);
        jdbc.execute("analyze table request");

        System.out.println("| operation | rows | median ms | p95 ms |");
        System.out.println("|---|---|---|---|");
        long[][] page = sideBySide(() -> TenantContext.callAs(GE, () -> requests.history(owner, new Rows(0, 50)).size()),
                () -> jdbc.queryForList(PAGE, "ge", account.id()).size());
        print("history, first page of 50: service", 50, page[0]);
        print("history, first page of 50: raw SQL", 50, page[1]);
        long[][] count = sideBySide(() -> (int) (long) TenantContext.callAs(GE, () -> requests.count(owner)),
                () -> jdbc.queryForObject(COUNT, Integer.class, "ge", account.id()));
        print("count: service", REQUESTS_OF_THE_ACCOUNT, count[0]);
        print("count: raw SQL", REQUESTS_OF_THE_ACCOUNT, count[1]);
        System.out.printf("%nmedian ratio service / raw SQL: first page %.2f, count %.2f%n",
                median(page[0]) / median(page[1]), median(count[0]) / median(count[1]));

        sendWithThreeDocuments();

        explain("first page", PAGE.replaceFirst("\\?", "'ge'").replaceFirst("\\?", String.valueOf(account.id())));
        explain("count", COUNT.replaceFirst("\\?", "'ge'").replaceFirst("\\?", String.valueOf(account.id())));
    }

    /**
     * {@code Requests.send} of seed 004 with three 5 MB PDFs, already received (uploads are the
     * document store's, see docs/performance/documents.md): the server's time, what the sending
     * thread allocates and the heap pools' peak above the heap used before, from a collected heap.
     */
    private void sendWithThreeDocuments() {
        Account sender = TenantContext.callAs(GE, () -> accounts.create(
                TestAccounts.beneficiary("Serge", "Envoi").withEmailVerified(), TestBankAccounts.draft("Serge Envoi")));
        Actor actor = TestActors.actor(sender);
        byte[] content = new byte[5 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        int rounds = 10;
        long[] millis = new long[rounds];
        long[] allocated = new long[rounds];
        long[] peaks = new long[rounds];
        for (int i = -3; i < rounds; i++) {
            List<ReceivedDocument> files = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                files.add(documents.receive("scan-" + f + ".pdf", new ByteArrayInputStream(content)));
            }
            NewRequest request = new NewRequest(UUID.randomUUID(), new RequestHeader(Optional.empty(),
                    Iban.of(TestBankAccounts.IBAN), DecisionNumber.of("325 2025 1000896"), null, false, null),
                    PricingTest.seed004(), files);
            System.gc();
            System.gc();
            long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            TenantContext.callAs(GE, () -> requests.send(actor, request));
            long ended = System.nanoTime();
            if (i >= 0) {
                millis[i] = (ended - started) / 1_000_000;
                allocated[i] = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
                peaks[i] = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - before;
            }
            files.forEach(ReceivedDocument::discard);
        }
        Arrays.sort(millis);
        Arrays.sort(allocated);
        Arrays.sort(peaks);
        System.out.printf("%nsend with three 5 MB documents, %d rounds: median %d ms (max %d); allocated by the sending"
                        + " thread median %d MB; heap pools' peak above the start median %d MB (max %d MB)%n", rounds,
                millis[rounds / 2], millis[rounds - 1], allocated[rounds / 2] >> 20, peaks[rounds / 2] >> 20,
                peaks[rounds - 1] >> 20);
    }

    /** Both queries in turns, so that they share the machine's ups and downs. */
    private static long[][] sideBySide(Supplier<Integer> service, Supplier<Integer> raw) {
        long[][] times = new long[2][RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long started = System.nanoTime();
            service.get();
            long between = System.nanoTime();
            raw.get();
            long ended = System.nanoTime();
            if (i >= WARM_UP) {
                times[0][i - WARM_UP] = between - started;
                times[1][i - WARM_UP] = ended - between;
            }
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        return times;
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static void print(String operation, int rows, long[] sorted) {
        System.out.printf("| %s | %d | %.2f | %.2f |%n", operation, rows, median(sorted), sorted[sorted.length * 95 / 100] / 1e6);
    }

    private void explain(String title, String sql) {
        System.out.printf("%nEXPLAIN %s: %s%n", title, sql.replace('\n', ' '));
        for (Map<String, Object> row : jdbc.queryForList("explain " + sql)) {
            System.out.printf("  table=%s type=%s key=%s key_len=%s rows=%s extra=%s%n", row.get("table"), row.get("type"),
                    row.get("key"), row.get("key_len"), row.get("rows"), row.get("Extra"));
        }
    }

    private Account account(CantonCode canton, String firstName, String lastName) {
        return TenantContext.callAs(canton, () -> accounts.create(TestAccounts.beneficiary(firstName, lastName), null));
    }

    /** Sent requests of seed 004's content, one a day back from today, as {@code Requests.send} leaves them. */
    private void insert(String canton, long accountId, int firstNumber) {
        String payload = Payloads.write(PricingTest.seed004());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < REQUESTS_OF_THE_ACCOUNT; i++) {
            rows.add(new Object[] {canton, canton.toUpperCase() + "-" + YEAR + "-%06d".formatted(firstNumber + i + 1), accountId,
                    accountId, LocalDateTime.ofInstant(now.minus(i, ChronoUnit.HOURS), ZoneOffset.UTC), "demo-" + canton + "-" + (firstNumber + i),
                    payload});
        }
        jdbc.batchUpdate("""
                insert into request (canton, reference, form, owner_account_id, responsible_account_id, responsible_name,
                    beneficiary_name, iban, decision_number, service_from, service_to, status, total, sent_at,
                    submission_key, payload, payload_version, version)
                values (?, ?, 'TRAVEL_AND_MEALS', ?, ?, 'Alice Martin', 'Alice Martin', 'CH9300762011623852957',
                    '32520251000896', '2022-06-06', '2022-06-10', 'IN_PROGRESS', 159.50, ?, ?, ?, 1, 0)""", rows);
    }
}
