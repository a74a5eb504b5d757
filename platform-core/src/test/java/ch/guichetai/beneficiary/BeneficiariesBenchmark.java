package ch.guichetai.beneficiary;

import ch.guichetai.CoreTestApplication;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.testdata.TestActors;
import ch.guichetai.testdata.TestBeneficiaries;
import ch.guichetai.testdata.TestCompanies;
import ch.guichetai.testdata.TestDatabase;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the Bénéficiaires grid answers for a company with 20,000 beneficiaries, on the embedded
 * MariaDB of the tests. A program, not a test (surefire does not pick up {@code *Benchmark}):
 * see docs/performance/beneficiaries.md for how to run it and the numbers it gave.
 * <p>
 * It empties the beneficiary and company tables of the test database first.
 */
public final class BeneficiariesBenchmark {

    private static final int ROWS_OF_THE_COMPANY = 20_000;
    private static final int ROWS_OF_EACH_OTHER_OWNER = 5_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;
    private static final CantonCode GE = new CantonCode("ge");

    private static final String[] STEMS = {"Mar", "Ber", "Dup", "Fav", "Mül", "Sch", "Rou", "Per", "Bla", "Gil", "Mor",
            "Lam", "Ros", "Wen", "Hub", "Kel", "Bon", "Che", "Fon", "Gue", "Jac", "Lau", "Mic", "Nic", "Pas", "Ric", "Sim",
            "Tan", "Vog", "Zim", "Bau", "Cor", "Dub", "Eme", "Gra", "Hof", "Isl", "Jun", "Kra", "Lin"};
    private static final String[] ENDINGS = {"tin", "ger", "ont", "re", "ler", "midt", "x", "rin", "nc", "liéron", "el",
            "bert", "si", "ger", "er", "ler", "vin", "vallaz", "taine", "rin", "quet", "rent", "haud", "olet", "quier"};
    private static final String[] FIRST_NAMES = {"Pierre", "Anne", "Jean", "Marie", "Luc", "Sophie", "Paul", "Claire",
            "Marc", "Julie", "Hans", "Ursula", "Peter", "Monika", "Thomas", "Sabine", "Nicolas", "Laura", "David", "Emma"};

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplication(CoreTestApplication.class).run(
                "--spring.main.web-application-type=none", "--logging.level.root=WARN")) {
            new BeneficiariesBenchmark(context.getBean(JdbcTemplate.class), context.getBean(Beneficiaries.class)).run();
        }
        // the embedded database's threads would keep the JVM alive
        System.exit(0);
    }

    private final JdbcTemplate jdbc;
    private final Beneficiaries beneficiaries;
    private final Random random = new Random(42);

    private BeneficiariesBenchmark(JdbcTemplate jdbc, Beneficiaries beneficiaries) {
        this.jdbc = jdbc;
        this.beneficiaries = beneficiaries;
    }

    private void run() {
        TestDatabase.reset(jdbc);
        long company = TestCompanies.approved(jdbc, "ge");
        Actor owner = TestActors.memberOf("ge", company);
        long started = System.nanoTime();
        insert("ge", company, ROWS_OF_THE_COMPANY, 0);
        insert("ge", TestCompanies.approved(jdbc, "ge"), ROWS_OF_EACH_OTHER_OWNER, 100_000);
        insert("be", TestCompanies.approved(jdbc, "be"), ROWS_OF_EACH_OTHER_OWNER, 200_000);
        insert("vs", TestCompanies.approved(jdbc, "vs"), ROWS_OF_EACH_OTHER_OWNER, 300_000);
        // one beneficiary in ten of the company has a procuration (a small PDF: the grid never reads the content)
        jdbc.update("""
                insert into document (id, canton, owner_company_id, file_name, media_type, size_bytes, sha256,
                    created_at, content)
                select id, canton, owner_company_id, 'procuration.pdf', 'application/pdf', 5, repeat('0', 64), now(6),
                    '%PDF-'
                from beneficiary where canton = 'ge' and owner_company_id = ? and mod(id, 10) = 0""", company);
        jdbc.update("""
                insert into beneficiary_procuration (canton, beneficiary_id, document_id, version)
                select canton, id, id, 0 from document""");
        jdbc.execute("analyze table beneficiary");
        jdbc.execute("analyze table beneficiary_procuration");
        System.out.printf("%n%,d rows inserted in %d ms%n%n", ROWS_OF_THE_COMPANY + 3 * ROWS_OF_EACH_OTHER_OWNER,
                (System.nanoTime() - started) / 1_000_000);

        BeneficiaryFilter name = new BeneficiaryFilter("mar", null);
        BeneficiaryFilter twoWords = new BeneficiaryFilter("pierre mar", null);
        String avsPrefix = TestBeneficiaries.avs(12_345).substring(0, 13); // 756.0000.123
        BeneficiaryFilter avs = new BeneficiaryFilter(null, avsPrefix);
        BeneficiaryFilter exactAvs = new BeneficiaryFilter(null, TestBeneficiaries.avs(12_345));

        System.out.println("| operation | rows returned | median ms | p95 ms |");
        System.out.println("|---|---|---|---|");
        measure("first page (offset 0, 50 rows, by name)",
                () -> beneficiaries.page(owner, BeneficiaryFilter.NONE, 0, 50, BeneficiarySort.NAME).size());
        measure("deep page (offset 19,000, 50 rows, by name)",
                () -> beneficiaries.page(owner, BeneficiaryFilter.NONE, 19_000, 50, BeneficiarySort.NAME).size());
        measure("deep page (offset 19,000, 50 rows, by AVS number)",
                () -> beneficiaries.page(owner, BeneficiaryFilter.NONE, 19_000, 50, BeneficiarySort.AVS_NUMBER).size());
        measure("count, no filter", () -> beneficiaries.count(owner, BeneficiaryFilter.NONE));
        measure("name filter 'mar', first page", () -> beneficiaries.page(owner, name, 0, 50, BeneficiarySort.NAME).size());
        measure("name filter 'mar', count", () -> beneficiaries.count(owner, name));
        measure("name filter 'pierre mar', first page",
                () -> beneficiaries.page(owner, twoWords, 0, 50, BeneficiarySort.NAME).size());
        measure("AVS prefix '" + avsPrefix + "', first page",
                () -> beneficiaries.page(owner, avs, 0, 50, BeneficiarySort.NAME).size());
        measure("AVS prefix '" + avsPrefix + "', count", () -> beneficiaries.count(owner, avs));
        measure("exact AVS number, first page", () -> beneficiaries.page(owner, exactAvs, 0, 50, BeneficiarySort.NAME).size());

        String active = "from beneficiary where canton = 'ge' and owner_company_id = " + company + " and archived = 0";
        explain("deep page, ids", "select id " + active + " order by last_name, first_name, id limit 19000, 50");
        explain("count", "select count(*) " + active);
        explain("name filter, ids", "select id " + active
                + " and (last_name like 'mar%' or first_name like 'mar%') order by last_name, first_name, id limit 50");
        explain("AVS prefix, ids", "select id " + active + " and avs_number like '"
                + avsPrefix.replace(".", "") + "%' order by last_name, first_name, id limit 50");
        explain("rows of a page, with whether each has a procuration", "select b.*, (select count(*) from"
                + " beneficiary_procuration p where p.canton = b.canton and p.beneficiary_id = b.id) from beneficiary b"
                + " where b.id in (1, 2, 3) and b.owner_company_id = " + company + " and b.canton = 'ge'");
        long withProcuration = TenantContext.callAs(GE, () -> beneficiaries.page(owner, BeneficiaryFilter.NONE, 0, 500,
                BeneficiarySort.NAME).stream().filter(Beneficiary::hasProcuration).count());
        System.out.printf("%nof the first 500 rows, %d have a procuration%n", withProcuration);
    }

    private void measure(String operation, Supplier<Number> query) {
        long[] times = new long[RUNS];
        Number result = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long started = System.nanoTime();
            result = TenantContext.callAs(GE, query);
            if (i >= WARM_UP) {
                times[i - WARM_UP] = System.nanoTime() - started;
            }
        }
        Arrays.sort(times);
        System.out.printf("| %s | %s | %.2f | %.2f |%n", operation, result, times[RUNS / 2] / 1e6, times[RUNS * 95 / 100] / 1e6);
    }

    private void explain(String title, String sql) {
        System.out.printf("%nEXPLAIN %s: %s%n", title, sql);
        for (Map<String, Object> row : jdbc.queryForList("explain " + sql)) {
            System.out.printf("  table=%s type=%s key=%s key_len=%s rows=%s extra=%s%n", row.get("table"), row.get("type"),
                    row.get("key"), row.get("key_len"), row.get("rows"), row.get("Extra"));
        }
    }

    private void insert(String canton, long company, int count, int firstPerson) {
        List<Object[]> rows = new ArrayList<>(1000);
        for (int i = 0; i < count; i++) {
            String avs = TestBeneficiaries.avs(firstPerson + i).replace(".", "");
            String lastName = STEMS[random.nextInt(STEMS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
            String firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            rows.add(new Object[] {canton, company, lastName, firstName,
                    Date.valueOf(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000))), avs});
            if (rows.size() == 1000 || i == count - 1) {
                jdbc.batchUpdate("""
                        insert into beneficiary (canton, owner_company_id, title, last_name, first_name, birth_date,
                            avs_number, street, postal_code, locality, country, archived, created_at, updated_at, version)
                        values (?, ?, 'MR', ?, ?, ?, ?, 'Rue du Lac 1', '1200', 'Genève', 'CH', false, now(6), now(6), 0)""",
                        rows);
                rows.clear();
            }
        }
    }
}
