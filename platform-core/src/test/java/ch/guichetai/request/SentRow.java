package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sent request written straight into the table, as {@code Requests.send} and the office's
 * decisions leave it, for the queries' tests: every column they filter or sort by is chosen here.
 * Exactly one of {@code companyId} and {@code accountId} is the owner; {@code responsibleId} is an
 * account of the canton. The owners' tallies are counted again after each row.
 */
record SentRow(String canton, Long companyId, Long accountId, long responsibleId, String responsibleName,
               String beneficiaryName, String beneficiaryAvs, InvoiceForm form, LocalDate serviceFrom, LocalDate serviceTo,
               RequestStatus status, BigDecimal total, Instant sentAt) {

    private static final AtomicLong NUMBER = new AtomicLong();

    /** Seed 004's request of a person for themself, sent at {@code sentAt}, in progress. */
    static SentRow ofPerson(String canton, long accountId, String name, Instant sentAt) {
        return new SentRow(canton, null, accountId, accountId, name, name, null, InvoiceForm.TRAVEL_AND_MEALS,
                LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 10), RequestStatus.IN_PROGRESS, new BigDecimal("159.50"), sentAt);
    }

    /** A company's request sent by its member {@code responsibleId} for a beneficiary, in progress. */
    static SentRow ofCompany(String canton, long companyId, long responsibleId, String beneficiaryName, String avs,
                             Instant sentAt) {
        return new SentRow(canton, companyId, null, responsibleId, "Membre " + responsibleId, beneficiaryName,
                avs.replaceAll("\\D", ""), InvoiceForm.TRAVEL_AND_MEALS, LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 10),
                RequestStatus.IN_PROGRESS, new BigDecimal("159.50"), sentAt);
    }

    SentRow with(RequestStatus status) {
        return new SentRow(canton, companyId, accountId, responsibleId, responsibleName, beneficiaryName, beneficiaryAvs, form,
                serviceFrom, serviceTo, status, total, sentAt);
    }

    SentRow with(InvoiceForm form) {
        return new SentRow(canton, companyId, accountId, responsibleId, responsibleName, beneficiaryName, beneficiaryAvs, form,
                serviceFrom, serviceTo, status, total, sentAt);
    }

    SentRow withTotal(String total) {
        return new SentRow(canton, companyId, accountId, responsibleId, responsibleName, beneficiaryName, beneficiaryAvs, form,
                serviceFrom, serviceTo, status, new BigDecimal(total), sentAt);
    }

    SentRow withService(LocalDate from, LocalDate to) {
        return new SentRow(canton, companyId, accountId, responsibleId, responsibleName, beneficiaryName, beneficiaryAvs, form,
                from, to, status, total, sentAt);
    }

    /** Inserts the row: its id. */
    long insert(JdbcTemplate jdbc) {
        String reference = canton.toUpperCase() + "-2026-%06d".formatted(NUMBER.incrementAndGet());
        jdbc.update("""
                insert into request (canton, reference, form, owner_company_id, owner_account_id, responsible_account_id,
                    responsible_name, beneficiary_name, beneficiary_avs, iban, decision_number, service_from, service_to,
                    status, total, sent_at, submission_key, payload, payload_version, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CH9300762011623852957', '32520251000896', ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                canton, reference, form.name(), companyId, accountId, responsibleId, responsibleName, beneficiaryName,
                beneficiaryAvs, serviceFrom, serviceTo, status.name(), total, LocalDateTime.ofInstant(sentAt, ZoneOffset.UTC),
                UUID.randomUUID().toString(), Payloads.write(PricingTest.seed004()), Payloads.VERSION);
        recountTallies(jdbc);
        return jdbc.queryForObject("select id from request where canton = ? and reference = ?", Long.class, canton, reference);
    }

    /** The owners' tallies counted again from the rows, as changelog 012 first fills them (after rows written here). */
    static void recountTallies(JdbcTemplate jdbc) {
        jdbc.update("delete from request_tally");
        jdbc.update("""
                insert into request_tally (canton, owner_kind, owner_id, status, requests)
                select canton, case when owner_company_id is null then 'a' else 'c' end,
                    coalesce(owner_company_id, owner_account_id), status, count(*)
                from request group by canton, owner_company_id, owner_account_id, status""");
    }
}
