package ch.guichetai.testdata;

import ch.guichetai.company.NewCompany;
import ch.guichetai.primitives.Gln;
import ch.guichetai.primitives.PostalAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/** Valid companies for tests, each with a GLN (GS1 check digit) no other test uses. */
public final class TestCompanies {

    public static final PostalAddress ADDRESS = new PostalAddress("Rue du Marché 1", "1204", "Genève", "CH");

    private static final AtomicLong COUNTER = new AtomicLong(Math.floorMod(System.nanoTime(), 1_000_000_000L) * 10);

    private TestCompanies() {
    }

    /** A company at {@link #ADDRESS} with no UID, not registered yet (give it to {@code Companies.register}). */
    public static NewCompany company(String name) {
        return new NewCompany(name, uniqueGln(), Optional.empty(), ADDRESS);
    }

    /**
     * An approved company of the canton, written straight into the table (as the office's
     * approval would leave it): its id.
     */
    public static long approved(JdbcTemplate jdbc, String canton) {
        String gln = uniqueGln().value();
        jdbc.update("""
                insert into company (canton, name, gln, street, postal_code, locality, country, status, submitted_at, version)
                values (?, 'Orthopédie Léman SA', ?, 'Rue du Lac 1', '1200', 'Genève', 'CH', 'APPROVED', now(6), 0)""",
                canton, gln);
        return jdbc.queryForObject("select id from company where canton = ? and gln = ?", Long.class, canton, gln);
    }

    /** A valid GLN no other test uses, also across runs against a kept database. */
    public static Gln uniqueGln() {
        String body = "76" + String.format("%010d", COUNTER.incrementAndGet() % 10_000_000_000L);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return Gln.of(body + (10 - sum % 10) % 10);
    }
}
