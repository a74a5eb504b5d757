package ch.guichetai.request;

import ch.guichetai.CoreTestApplication;
import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestDatabase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Guichet's history for an account with 1,000 requests: the service's first page (and count)
 * against the raw indexed SQL of the same page, measured side by side in one run, on the embedded
 * MariaDB of the tests. A program, not a test: see docs/performance/requests.md.
 * <p>
 * It empties the test database first.
 */
public final class RequestsBenchmark {

    private static final int REQUESTS_OF_THE_ACCOUNT = 1_000;
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;
    private static final CantonCode GE = new CantonCode("ge");
    private static final CantonCode BE = new CantonCode("be");
    private static final String PAGE = """
            select id, reference, form, service_from, service_to, beneficiary_name, status, sent_at, total
            from request where canton = ? and owner_account_id = ? order by sent_at desc, id desc limit 50""";
    private static final String COUNT = "select count(*) from request where canton = ? and owner_account_id = ?";

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplication(CoreTestApplication.class).run(
                "--spring.main.web-application-type=none", "--logging.level.root=WARN")) {
            new RequestsBenchmark(context.getBean(JdbcTemplate.class), context.getBean(Requests.class),
                    context.getBean(Accounts.class)).run();
        }
        // the embedded database's threads would keep the JVM alive
        System.exit(0);
    }

    private final JdbcTemplate jdbc;
    private final Requests requests;
    private final Accounts accounts;

    private RequestsBenchmark(JdbcTemplate jdbc, Requests requests, Accounts accounts) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.accounts = accounts;
    }

    private void run() {
        TestDatabase.reset(jdbc);
        Account account = account(GE, "Alice", "Martin");
        Actor owner = TestActors.actor(account);
        insert("ge", account.id(), 0);
        insert("ge", account(GE, "Bob", "Favre").id(), REQUESTS_OF_THE_ACCOUNT);
        insert("be", account(BE, "Berta", "Bern").id(), 0);
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

        explain("first page", PAGE.replaceFirst("\\?", "'ge'").replaceFirst("\\?", String.valueOf(account.id())));
        explain("count", COUNT.replaceFirst("\\?", "'ge'").replaceFirst("\\?", String.valueOf(account.id())));
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
            rows.add(new Object[] {canton, canton.toUpperCase() + "-2026-%06d".formatted(firstNumber + i + 1), accountId,
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
