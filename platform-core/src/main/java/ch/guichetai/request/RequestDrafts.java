package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.document.DocumentOwner;
import ch.guichetai.identity.Actor;
import ch.guichetai.tenant.TenantContext;
import ch.guichetai.validation.InvalidInputException;
import ch.guichetai.validation.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts of requests (ADR 0028): what a form page holds, saved as the user goes so that nothing
 * typed is lost to a timeout, resumed from the Guichet, deleted when sent or by the user. One
 * draft per page, by its submission key. A draft is the owner's like a request (the person, or
 * every member of the company), but office staff do not see drafts: to anyone else there are none.
 * Plain SQL on {@code request_draft}, every statement naming the canton; times in UTC.
 */
@Service
public class RequestDrafts {

    /** Drafts an owner keeps at most: enough for every form a few times over. */
    public static final int MAX_DRAFTS = 50;
    /** The longest state stored (JSON characters); a page's state is a few kilobytes. */
    static final int MAX_STATE_LENGTH = 200_000;
    /** The field key of the problems of {@link #save}. */
    public static final String DRAFT = "draft";
    /** The shape of the JSON written now; reading another one needs its own reading here. */
    static final int STATE_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RequestDrafts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Saves the page's values as the draft of its submission key: creates it the first time, replaces
     * its values afterwards. Nothing is saved for a key whose request was sent already (a late save
     * of the page must not bring the draft back).
     *
     * @return the draft as saved; empty when the request was sent already
     * @throws InvalidInputException under {@link #DRAFT} when the owner has {@link #MAX_DRAFTS} drafts
     * @throws Actor.NotAllowedException for office staff, anyone without an account here, or a key
     *                                   another owner's draft has
     */
    @Transactional
    public Optional<DraftSummary> save(Actor actor, InvoiceForm form, UUID submissionKey, DraftState state) {
        DocumentOwner owner = owner(actor)
                .orElseThrow(() -> new Actor.NotAllowedException(actor, "a person or company member of this canton"));
        long editor = actor.requireAccount();
        String json = JSON.writeValueAsString(state.values());
        if (json.length() > MAX_STATE_LENGTH) {
            throw new InvalidInputException(DRAFT, new Problem("invalid.request.draft.too-large"));
        }
        String canton = TenantContext.current().value();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Long> existing = jdbc.queryForList("""
                select id from request_draft where canton = ? and submission_key = ? and %s = ? for update"""
                .formatted(ownerColumn(owner)), Long.class, canton, submissionKey.toString(), owner.id());
        if (existing.isEmpty()) {
            if (exists("request_draft", canton, submissionKey)) {
                throw new Actor.NotAllowedException(actor, "the owner of the draft");
            }
            if (exists("request", canton, submissionKey)) {
                return Optional.empty();
            }
            if (count(owner) >= MAX_DRAFTS) {
                throw new InvalidInputException(DRAFT, new Problem("invalid.request.draft.too-many", MAX_DRAFTS));
            }
            jdbc.update("""
                    insert into request_draft (canton, %s, editor_account_id, form, submission_key, state, state_version,
                      created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""".formatted(ownerColumn(owner)),
                    canton, owner.id(), editor, form.name(), submissionKey.toString(), json, STATE_VERSION, now, now);
        } else {
            jdbc.update("""
                    update request_draft set editor_account_id = ?, form = ?, state = ?, state_version = ?, updated_at = ?,
                      version = version + 1 where canton = ? and id = ?""",
                    editor, form.name(), json, STATE_VERSION, now, canton, existing.getFirst());
        }
        return jdbc.query("select id, form, updated_at from request_draft where canton = ? and submission_key = ?",
                (row, number) -> summary(row), canton, submissionKey.toString()).stream().findFirst();
    }

    private boolean exists(String table, String canton, UUID submissionKey) {
        return jdbc.queryForObject("select count(*) from %s where canton = ? and submission_key = ?".formatted(table),
                Long.class, canton, submissionKey.toString()) > 0;
    }

    /** The actor's drafts (a company's: every member sees them all), last saved first. */
    public List<DraftSummary> list(Actor actor) {
        return owner(actor).map(owner -> jdbc.query("""
                select id, form, updated_at from request_draft where canton = ? and %s = ?
                order by updated_at desc, id desc limit ?""".formatted(ownerColumn(owner)), (row, number) -> summary(row),
                TenantContext.current().value(), owner.id(), MAX_DRAFTS)).orElse(List.of());
    }

    /** The draft when the actor owns it; empty otherwise, as for a missing id. */
    public Optional<RequestDraft> open(Actor actor, long id) {
        return owner(actor).flatMap(owner -> jdbc.query("""
                select id, form, submission_key, state, state_version, updated_at from request_draft
                where canton = ? and id = ? and %s = ?""".formatted(ownerColumn(owner)), (row, number) -> draft(row),
                TenantContext.current().value(), id, owner.id()).stream().findFirst());
    }

    /** Deletes the actor's draft; false when the actor has no such draft. */
    @Transactional
    public boolean delete(Actor actor, long id) {
        return owner(actor).map(owner -> jdbc.update("delete from request_draft where canton = ? and id = ? and %s = ?"
                .formatted(ownerColumn(owner)), TenantContext.current().value(), id, owner.id()) > 0).orElse(false);
    }

    /** In the transaction that stores the request sent with this key: its draft is done. */
    void deleteSent(DocumentOwner owner, UUID submissionKey) {
        jdbc.update("delete from request_draft where canton = ? and submission_key = ? and %s = ?"
                .formatted(ownerColumn(owner)), TenantContext.current().value(), submissionKey.toString(), owner.id());
    }

    private long count(DocumentOwner owner) {
        return jdbc.queryForObject("select count(*) from request_draft where canton = ? and %s = ?"
                .formatted(ownerColumn(owner)), Long.class, TenantContext.current().value(), owner.id());
    }

    private static Optional<DocumentOwner> owner(Actor actor) {
        return actor.isOfficeStaff() ? Optional.empty() : Requests.ownerOf(actor);
    }

    private static String ownerColumn(DocumentOwner owner) {
        return RequestRows.ownerColumn(owner);
    }

    private static DraftSummary summary(ResultSet row) throws SQLException {
        return new DraftSummary(row.getLong("id"), InvoiceForm.valueOf(row.getString("form")), instant(row));
    }

    @SuppressWarnings("unchecked")
    private static RequestDraft draft(ResultSet row) throws SQLException {
        int version = row.getInt("state_version");
        if (version != STATE_VERSION) {
            throw new IllegalStateException("unknown draft state version " + version);
        }
        Map<String, Object> values = JSON.readValue(row.getString("state"), Map.class);
        return new RequestDraft(row.getLong("id"), InvoiceForm.valueOf(row.getString("form")),
                UUID.fromString(row.getString("submission_key")), new DraftState(values), instant(row));
    }

    private static Instant instant(ResultSet row) throws SQLException {
        return row.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
