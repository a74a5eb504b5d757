package ch.guichetai.request;

import ch.guichetai.CoreTestApplication;
import ch.guichetai.account.Account;
import ch.guichetai.account.Accounts;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.company.CompanyNames;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.request.RequestQueries.Statement;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestAccounts;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's queue and the Guichet's history with filters on 600,000 requests: in each of three
 * cantons a company with 20,000 beneficiaries and 200,000 requests over two years (and a thousand
 * of 50 persons). For each query, the service and, right after it in the same loop turn, the raw
 * SQL of the same statement through {@code JdbcTemplate}; then the plans. A program, not a test:
 * see docs/performance/request-queue.md. It empties the test database first.
 */
public final class RequestQueueBenchmark {

    private static final List<String> CANTONS = List.of("ge", "be", "vs");
    private static final CantonCode GE = new CantonCode("ge");
    private static final int BENEFICIARIES = 20_000;
    private static final int REQUESTS_OF_THE_COMPANY = 200_000;
    private static final int MEMBERS = 10;
    private static final int PERSONS = 50;
    private static final int REQUESTS_OF_EACH_PERSON = 20;
    private static final int ROWS_A_STATEMENT = 500;
    private static final int BUFFER_POOL_MB = 1536;
    private static final int WARM_UP = 20;
    private static final int RUNS = 100;
    private static final Rows FIRST_PAGE = new Rows(0, 50);
    private static final String[] LAST_NAMES = {"Martin", "Müller", "Dupont", "Favre", "Rochat", "Meier", "Schmid",
            "Keller", "Weber", "Huber", "Bonvin", "Perrin", "Gerber", "Blanc", "Rey", "Fontaine", "Zbinden", "Jaquet",
            "Moret", "Pittet", "Chevalley", "Ducret", "Gay", "Roulin", "Vuille", "Aebischer", "Baumann", "Crettenand"};
    private static final String[] SUFFIXES = {"", "-Lévy", "-Roth", " de Meuron", "-Sutter", "oz", "et", "ier"};
    private static final String[] FIRST_NAMES = {"Léa", "Noah", "Emma", "Luca", "Mia", "Liam", "Chloé", "Gabriel",
            "Zoé", "Samuel", "Anna", "Elias", "Sara", "Louis", "Lina", "Jonas", "Nina", "Tim", "Eva", "Hugo"};
    private static final InvoiceForm[] FORMS = InvoiceForm.values();

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplication(CoreTestApplication.class).run(
                "--spring.main.web-application-type=none", "--logging.level.root=WARN")) {
            new RequestQueueBenchmark(context.getBean(JdbcTemplate.class), context.getBean(Requests.class),
                    context.getBean(OfficeQueue.class), context.getBean(Accounts.class),
                    context.getBean(CompanyNames.class)).run();
        }
        // the embedded database's threads would keep the JVM alive
        System.exit(0);
    }

    private final JdbcTemplate jdbc;
    private final Requests requests;
    private final OfficeQueue queue;
    private final Accounts accounts;
    private final CompanyNames companyNames;
    private final Random random = new Random(42);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private RequestQueueBenchmark(JdbcTemplate jdbc, Requests requests, OfficeQueue queue, Accounts accounts,
                                  CompanyNames companyNames) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.queue = queue;
        this.accounts = accounts;
        this.companyNames = companyNames;
    }

    /** What a canton holds: its company, the company's members and beneficiaries. */
    private record Canton(String code, long company, List<Long> members, List<Beneficiary> beneficiaries) {
    }

    private record Beneficiary(long id, String name, String avs) {
    }

    private void run() {
        System.out.printf("load average before: %s%n", loadAverage());
        // the table and its indexes take about 900 MB: a server holding them keeps them in memory
        jdbc.execute("set global innodb_buffer_pool_size = " + BUFFER_POOL_MB * 1024L * 1024L);
        TestDatabase.reset(jdbc);
        long started = System.nanoTime();
        List<Canton> cantons = CANTONS.stream().map(this::fill).toList();
        SentRow.recountTallies(jdbc);
        jdbc.execute("analyze table request");
        jdbc.execute("analyze table beneficiary");
        System.out.printf("%,d requests inserted and analyzed in %d s; load average: %s; buffer pool %d MB; request: %s%n%n",
                jdbc.queryForObject("select count(*) from request", Long.class), (System.nanoTime() - started) / 1_000_000_000,
                loadAverage(), jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) >> 20,
                jdbc.queryForObject("""
                        select concat(round(data_length / 1048576), ' MB data, ', round(index_length / 1048576), ' MB indexes')
                        from information_schema.tables where table_schema = database() and table_name = 'request'""",
                        String.class));

        Canton ge = cantons.getFirst();
        Actor manager = TenantContext.callAs(GE, () -> TestActors.actor(accounts.byId(ge.members().getFirst()).orElseThrow()));
        Actor agent = TestActors.officeAgent("ge");
        DocumentOwner owner = DocumentOwner.ofCompany(ge.company());
        Beneficiary someone = ge.beneficiaries().get(7_777);
        String namePrefix = someone.name().substring(someone.name().indexOf(' ') + 1, someone.name().indexOf(' ') + 5);
        LocalDate monthStart = LocalDate.ofInstant(now, ZoneOffset.UTC).minusMonths(6).withDayOfMonth(1);

        System.out.println("| query | rows | service median ms | service p95 ms | raw median ms | raw p95 ms | ratio of medians |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<Statement> plans = new ArrayList<>();
        Map<String, RequestFilter> history = new java.util.LinkedHashMap<>();
        history.put("no filter", RequestFilter.NONE);
        history.put("status TO_COMPLETE", RequestFilter.NONE.withStatus(RequestStatus.TO_COMPLETE));
        history.put("responsible", RequestFilter.NONE.withResponsible(ge.members().get(3)));
        history.put("beneficiary '" + namePrefix + "'", RequestFilter.NONE.withBeneficiary(namePrefix));
        history.put("beneficiary AVS", RequestFilter.NONE.withBeneficiary(
                ch.guichetai.primitives.AvsNumber.of(someone.avs()).formatted()));
        history.put("responsible + status ACCEPTED + beneficiary '" + namePrefix + "'", RequestFilter.NONE
                .withResponsible(ge.members().get(3)).withStatus(RequestStatus.ACCEPTED).withBeneficiary(namePrefix));
        history.forEach((name, filter) -> {
            Statement page = TenantContext.callAs(GE, () -> RequestQueries.historyPage(owner, filter, FIRST_PAGE));
            Statement count = TenantContext.callAs(GE, () -> RequestQueries.historyCountStatement(owner, filter));
            compare("history, first page, " + name, () -> requests.history(manager, filter, FIRST_PAGE).size(),
                    () -> jdbc.queryForList(page.sql(), page.arguments()).size());
            compare("history, count, " + name, () -> requests.count(manager, filter),
                    () -> jdbc.queryForObject(count.sql(), Long.class, count.arguments()));
            plans.add(page);
            plans.add(count);
        });

        Map<String, RequestFilter> office = new java.util.LinkedHashMap<>();
        office.put("no filter", RequestFilter.NONE);
        office.put("status IN_PROGRESS", RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS));
        office.put("status TO_COMPLETE", RequestFilter.NONE.withStatus(RequestStatus.TO_COMPLETE));
        office.put("form HEARING_AIDS", RequestFilter.NONE.withForm(InvoiceForm.HEARING_AIDS));
        office.put("sent in " + monthStart.getMonth() + " " + monthStart.getYear(),
                RequestFilter.NONE.withSent(monthStart, monthStart.plusMonths(1).minusDays(1)));
        office.put("beneficiary '" + namePrefix + "'", RequestFilter.NONE.withBeneficiary(namePrefix));
        office.put("beneficiary AVS", history.get("beneficiary AVS"));
        office.put("company", RequestFilter.NONE.withCompany(ge.company()));
        office.put("status + form + sent + company + beneficiary", RequestFilter.NONE.withStatus(RequestStatus.IN_PROGRESS)
                .withForm(InvoiceForm.TRAVEL_AND_MEALS).withSent(monthStart, null).withCompany(ge.company())
                .withBeneficiary(namePrefix));
        office.forEach((name, filter) -> comparePage("queue, first page, " + name, agent, filter, QueueSort.OLDEST_WAITING,
                plans));
        comparePage("queue, first page, newest first", agent, RequestFilter.NONE, QueueSort.NEWEST, plans);
        comparePage("queue, first page, by amount", agent, RequestFilter.NONE, QueueSort.AMOUNT, plans);
        for (RequestFilter filter : List.of(RequestFilter.NONE, office.get("status IN_PROGRESS"))) {
            Statement count = TenantContext.callAs(GE, () -> RequestQueries.queueCountStatement(filter));
            compare("queue, count, " + (filter.status() == null ? "no filter" : "status IN_PROGRESS"),
                    () -> queue.count(agent, filter), () -> jdbc.queryForObject(count.sql(), Long.class, count.arguments()));
            plans.add(count);
        }
        System.out.printf("%nload average after: %s%n", loadAverage());
        plans.forEach(this::explain);
    }

    private void comparePage(String name, Actor agent, RequestFilter filter, QueueSort sort, List<Statement> plans) {
        Statement page = TenantContext.callAs(GE, () -> RequestQueries.queuePage(filter, sort, FIRST_PAGE));
        compare(name, () -> queue.page(agent, filter, sort, FIRST_PAGE).size(), () -> {
            List<Map<String, Object>> rows = jdbc.queryForList(page.sql(), page.arguments());
            companyNames.of(rows.stream().map(row -> (Long) row.get("owner_company_id")).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet()));
            return rows.size();
        });
        plans.add(page);
    }

    /**
     * Both in turns, so that they share the machine's ups and downs; the service in Geneva. The
     * queue's raw side runs both of the service's statements: the page, then the page's company
     * names ({@code CompanyNames} is one plain statement through {@code JdbcTemplate}).
     */
    private void compare(String name, Supplier<Number> service, Supplier<Number> raw) {
        long[][] times = new long[2][RUNS];
        Number rows = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long started = System.nanoTime();
            rows = TenantContext.callAs(GE, service);
            long between = System.nanoTime();
            Number rawRows = TenantContext.callAs(GE, raw);
            long ended = System.nanoTime();
            if (!rows.equals(rawRows)) {
                throw new IllegalStateException(name + ": service " + rows + ", raw " + rawRows);
            }
            if (i >= WARM_UP) {
                times[0][i - WARM_UP] = between - started;
                times[1][i - WARM_UP] = ended - between;
            }
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        System.out.printf("| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, rows, median(times[0]), p95(times[0]),
                median(times[1]), p95(times[1]), median(times[0]) / median(times[1]));
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] sorted) {
        return sorted[sorted.length * 95 / 100] / 1e6;
    }

    private void explain(Statement statement) {
        String sql = statement.sql();
        for (Object argument : statement.arguments()) {
            String literal = switch (argument) {
                case Number number -> number.toString();
                case LocalDateTime time -> "'" + time.toString().replace('T', ' ') + "'";
                default -> "'" + argument + "'";
            };
            sql = sql.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(literal));
        }
        System.out.printf("%nEXPLAIN %s%n", sql.replaceAll("\\s+", " "));
        for (Map<String, Object> row : jdbc.queryForList("explain " + sql)) {
            System.out.printf("  %s table=%s type=%s key=%s key_len=%s rows=%s extra=%s%n", row.get("select_type"),
                    row.get("table"), row.get("type"), row.get("key"), row.get("key_len"), row.get("rows"), row.get("Extra"));
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException unreadable) {
            return "?";
        }
    }

    // --- the data

    private Canton fill(String canton) {
        long company = TestCompanies.approved(jdbc, canton);
        CantonCode code = new CantonCode(canton);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Account.CompanyRole role = i == 0 ? Account.CompanyRole.MANAGER : Account.CompanyRole.COLLABORATOR;
            NewMember member = new NewMember(company, role, FIRST_NAMES[i], LAST_NAMES[i]);
            members.add(TenantContext.callAs(code, () -> accounts.create(member.account(), null)).id());
        }
        List<Beneficiary> beneficiaries = insertBeneficiaries(canton, company);
        List<Object[]> rows = new ArrayList<>();
        long seconds = ChronoUnit.SECONDS.between(now.minus(730, ChronoUnit.DAYS), now);
        for (int i = 0; i < REQUESTS_OF_THE_COMPANY; i++) {
            Instant sent = now.minusSeconds(seconds * i / REQUESTS_OF_THE_COMPANY + random.nextInt(60));
            Object[] row = i % 100 == 1
                    ? duplicateOf(rows.getLast(), sent)
                    : companyRequest(canton, company, members.get(random.nextInt(MEMBERS)),
                    beneficiaries.get(random.nextInt(BENEFICIARIES)), sent);
            rows.add(row);
            if (rows.size() == ROWS_A_STATEMENT) {
                insertRequests(canton, rows);
            }
        }
        for (int p = 0; p < PERSONS; p++) {
            int person = p;
            Account account = TenantContext.callAs(code, () -> accounts.create(TestAccounts.beneficiary(
                    FIRST_NAMES[person % FIRST_NAMES.length], LAST_NAMES[(person * 7) % LAST_NAMES.length]), null));
            for (int i = 0; i < REQUESTS_OF_EACH_PERSON; i++) {
                Instant sent = now.minusSeconds(random.nextLong(seconds));
                rows.add(personRequest(canton, account, sent));
            }
        }
        insertRequests(canton, rows);
        return new Canton(canton, company, members, beneficiaries);
    }

    private record NewMember(long company, Account.CompanyRole role, String firstName, String lastName) {
        ch.guichetai.account.NewAccount account() {
            return TestAccounts.member(company, role, firstName, lastName);
        }
    }

    private List<Beneficiary> insertBeneficiaries(String canton, long company) {
        List<Object[]> rows = new ArrayList<>();
        int firstPerson = CANTONS.indexOf(canton) * 1_000_000;
        for (int i = 0; i < BENEFICIARIES; i++) {
            String lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
            rows.add(new Object[] {canton, company, lastName, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
                    TestBeneficiaries.avs(firstPerson + i).replace(".", "")});
            if (rows.size() == ROWS_A_STATEMENT || i == BENEFICIARIES - 1) {
                multiRowInsert("""
                        insert into beneficiary (canton, owner_company_id, title, last_name, first_name, birth_date,
                            avs_number, street, postal_code, locality, country, archived, created_at, updated_at, version)
                        values""", "(?, ?, 'MR', ?, ?, '1980-05-17', ?, 'Rue du Lac 1', '1200', 'Genève', 'CH', false, now(6), now(6), 0)",
                        rows);
            }
        }
        return jdbc.query("select id, first_name, last_name, avs_number from beneficiary where canton = ? order by id",
                (row, number) -> new Beneficiary(row.getLong("id"), row.getString("first_name") + " " + row.getString("last_name"),
                        row.getString("avs_number")), canton);
    }

    /**
     * A request of the company: in progress (a few back from a correction) or to complete when sent
     * in the last month, mostly decided before; the service a few weeks before sending.
     */
    private Object[] companyRequest(String canton, long company, long member, Beneficiary beneficiary, Instant sent) {
        boolean recent = sent.isAfter(now.minus(30, ChronoUnit.DAYS));
        int draw = random.nextInt(100);
        RequestStatus status = recent
                ? (draw < 88 ? RequestStatus.IN_PROGRESS : RequestStatus.TO_COMPLETE)
                : (draw < 85 ? RequestStatus.ACCEPTED : draw < 95 ? RequestStatus.REFUSED : draw < 97
                ? RequestStatus.TO_COMPLETE : RequestStatus.IN_PROGRESS);
        Instant returned = status == RequestStatus.IN_PROGRESS && draw % 10 == 0 ? sent.plus(3, ChronoUnit.DAYS) : null;
        LocalDate to = LocalDate.ofInstant(sent, ZoneOffset.UTC).minusDays(7 + random.nextInt(50));
        return new Object[] {company, null, member, "Membre " + member, beneficiary.id(), beneficiary.name(),
                beneficiary.avs(), FORMS[random.nextInt(FORMS.length)].name(), to.minusDays(random.nextInt(5)), to,
                status.name(), BigDecimal.valueOf(5_000 + random.nextInt(200_000), 2), sent, returned};
    }

    /** The same beneficiary, form, period and total as {@code earlier}, sent again. */
    private static Object[] duplicateOf(Object[] earlier, Instant sent) {
        Object[] row = earlier.clone();
        row[10] = RequestStatus.IN_PROGRESS.name();
        row[12] = sent;
        row[13] = null;
        return row;
    }

    private Object[] personRequest(String canton, Account account, Instant sent) {
        LocalDate day = LocalDate.ofInstant(sent, ZoneOffset.UTC).minusDays(10);
        String name = account.firstName() + " " + account.lastName();
        return new Object[] {null, account.id(), account.id(), name, null, name, null, InvoiceForm.TRAVEL_AND_MEALS.name(), day,
                day, sent.isAfter(now.minus(30, ChronoUnit.DAYS)) ? "IN_PROGRESS" : "ACCEPTED",
                BigDecimal.valueOf(10_000 + random.nextInt(50_000), 2), sent, null};
    }

    private final Map<String, Integer> numbers = new java.util.HashMap<>();

    /** Inserts the rows (and clears them), with references in order and seed 004's payload. */
    private void insertRequests(String canton, List<Object[]> rows) {
        String payload = Payloads.write(PricingTest.seed004());
        List<Object[]> complete = new ArrayList<>();
        for (Object[] row : rows) {
            int number = numbers.merge(canton, 1, Integer::sum);
            Instant sent = (Instant) row[12];
            Instant returned = (Instant) row[13];
            complete.add(new Object[] {canton, canton.toUpperCase() + "-" + LocalDate.ofInstant(sent, ZoneOffset.UTC).getYear()
                    + "-%06d".formatted(number), row[7], row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[8], row[9],
                    row[10], row[11], LocalDateTime.ofInstant(sent, ZoneOffset.UTC),
                    returned == null ? null : LocalDateTime.ofInstant(returned, ZoneOffset.UTC), UUID.randomUUID().toString(),
                    payload});
        }
        multiRowInsert("""
                insert into request (canton, reference, form, owner_company_id, owner_account_id, responsible_account_id,
                    responsible_name, beneficiary_id, beneficiary_name, beneficiary_avs, service_from, service_to, status,
                    total, sent_at, returned_at, submission_key, payload, iban, decision_number, payload_version, version)
                values""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CH9300762011623852957', '32520251000896', 1, 0)",
                complete);
        rows.clear();
    }

    /** One statement of many rows: {@code values} once per row. */
    private void multiRowInsert(String insert, String values, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = insert + " " + String.join(", ", Collections.nCopies(rows.size(), values));
        jdbc.update(sql, rows.stream().flatMap(Arrays::stream).toArray());
        rows.clear();
    }
}
