package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.primitives.AvsNumber;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.tenant.TenantContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The versions a request had before its corrections (ADR 0037), tables {@code request_version} and
 * {@code request_version_document}. Rows are only added. Every statement names the canton; times
 * are in UTC, as Hibernate keeps them.
 */
@Repository
class RequestVersions {

    private final JdbcTemplate jdbc;

    RequestVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a correction with this key was already made on the request. */
    boolean corrected(long requestId, UUID correctionKey) {
        return jdbc.queryForObject("""
                select count(*) from request_version where canton = ? and request_id = ? and correction_key = ?""",
                Integer.class, TenantContext.current().value(), requestId, correctionKey.toString()) > 0;
    }

    /**
     * Copies the request's current content and documents into its next version, in the caller's
     * transaction, which must hold the request row's lock (the status's move takes it) so that the
     * copy is the content being replaced. A correction key used before fails on the unique key.
     */
    void keep(long requestId, UUID correctionKey, Instant replacedAt, long replacedBy) {
        String canton = TenantContext.current().value();
        int number = jdbc.queryForObject("select count(*) + 1 from request_version where canton = ? and request_id = ?",
                Integer.class, canton, requestId);
        jdbc.update("""
                insert into request_version (canton, request_id, version_number, correction_key, beneficiary_id,
                beneficiary_name, beneficiary_avs, iban, decision_number, decision_description, service_from, service_to,
                total, payload, payload_version, remarks, sent_at, replaced_at, replaced_by_account_id)
                select r.canton, r.id, ?, ?, r.beneficiary_id, r.beneficiary_name, r.beneficiary_avs, r.iban, r.decision_number,
                r.decision_description, r.service_from, r.service_to, r.total, r.payload, r.payload_version, r.remarks,
                coalesce((select max(v.replaced_at) from request_version v where v.canton = r.canton and v.request_id = r.id),
                r.sent_at), ?, ?
                from request r where r.canton = ? and r.id = ?""",
                number, correctionKey.toString(), LocalDateTime.ofInstant(replacedAt, ZoneOffset.UTC), replacedBy, canton,
                requestId);
        jdbc.update("""
                insert into request_version_document (canton, request_id, version_number, document_order, document_id)
                select canton, request_id, ?, document_order, document_id from request_document
                where canton = ? and request_id = ?""", number, canton, requestId);
    }

    /** The request's earlier versions, oldest first. */
    List<VersionRow> of(long requestId, InvoiceForm form) {
        String canton = TenantContext.current().value();
        return jdbc.query("""
                select version_number, sent_at, replaced_at, beneficiary_id, beneficiary_name, beneficiary_avs, iban,
                decision_number, decision_description, service_from, service_to, total, payload, payload_version, remarks
                from request_version where canton = ? and request_id = ? order by version_number""",
                (row, index) -> {
                    long beneficiaryId = row.getLong("beneficiary_id");
                    Optional<Long> beneficiary = row.wasNull() ? Optional.empty() : Optional.of(beneficiaryId);
                    int number = row.getInt("version_number");
                    return new VersionRow(number, utc(row.getObject("sent_at", LocalDateTime.class)),
                            utc(row.getObject("replaced_at", LocalDateTime.class)),
                            new RequestBeneficiary(beneficiary, row.getString("beneficiary_name"),
                                    Optional.ofNullable(row.getString("beneficiary_avs")).map(AvsNumber::of)),
                            Iban.of(row.getString("iban")), DecisionNumber.of(row.getString("decision_number")),
                            Optional.ofNullable(row.getString("decision_description")),
                            new ServicePeriod(row.getObject("service_from", LocalDate.class),
                                    row.getObject("service_to", LocalDate.class)),
                            row.getBigDecimal("total"),
                            Payloads.read(form, row.getInt("payload_version"), row.getString("payload")),
                            Optional.ofNullable(row.getString("remarks")), documentIds(canton, requestId, number));
                }, canton, requestId);
    }

    private List<Long> documentIds(String canton, long requestId, int number) {
        return jdbc.queryForList("""
                select document_id from request_version_document where canton = ? and request_id = ? and version_number = ?
                order by document_order""", Long.class, canton, requestId, number);
    }

    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    /** A version as stored; {@link Requests} prices it and describes its documents. */
    record VersionRow(int number, Instant sentAt, Instant replacedAt, RequestBeneficiary beneficiary, Iban iban,
                      DecisionNumber decisionNumber, Optional<String> decisionDescription, ServicePeriod servicePeriod,
                      BigDecimal total, FormContent content, Optional<String> remarks, List<Long> documentIds) {
    }
}
