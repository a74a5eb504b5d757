package ch.guichetai.document;

import ch.guichetai.tenant.TenantContext;
import com.mysql.cj.jdbc.JdbcConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code document} table, through plain JDBC so that the content streams in and out
 * ({@code setBinaryStream}, {@code getBinaryStream}) instead of passing through byte arrays. Every
 * statement names the current canton: Hibernate's tenant filter does not apply to SQL. Times are
 * kept in UTC, as Hibernate keeps the other tables' instants.
 * <p>
 * The insert is a server-side prepared statement of MySQL Connector/J, on the connection of the
 * caller's transaction: the driver then sends the content in chunks of 1 MB
 * ({@code COM_STMT_SEND_LONG_DATA}); a client-side one would first build the whole statement,
 * escaped, in growing buffers (about seven times the file's size allocated, see
 * docs/performance/documents.md).
 */
@Repository
class DocumentRows {

    private static final String COLUMNS =
            "id, owner_company_id, owner_account_id, file_name, media_type, size_bytes, sha256, created_at";

    private final JdbcTemplate jdbc;

    DocumentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    StoredDocument insert(DocumentOwner owner, ReceivedDocument file) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        KeyHolder key = new GeneratedKeyHolder();
        try (InputStream content = file.open()) {
            jdbc.update(connection -> {
                PreparedStatement insert = connection.unwrap(JdbcConnection.class).serverPrepareStatement("""
                        insert into document (canton, owner_company_id, owner_account_id, file_name, media_type,
                            size_bytes, sha256, created_at, content)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                insert.setString(1, canton());
                setOwner(insert, owner);
                insert.setString(4, file.fileName());
                insert.setString(5, file.type().mediaType());
                insert.setLong(6, file.size());
                insert.setString(7, file.sha256());
                insert.setObject(8, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setBinaryStream(9, content, file.size());
                return insert;
            }, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredDocument(key.getKey().longValue(), owner, file.fileName(), file.type(), file.size(),
                file.sha256(), now);
    }

    Optional<StoredDocument> find(long id) {
        return jdbc.query("select " + COLUMNS + " from document where canton = ? and id = ?",
                (row, number) -> document(row), canton(), id).stream().findFirst();
    }

    /** Hands the content to {@code consumer} as the driver reads it; false when there is no such row. */
    boolean readContent(long id, ContentStream consumer) {
        return Boolean.TRUE.equals(jdbc.query("select content from document where canton = ? and id = ?", rows -> {
            if (!rows.next()) {
                return false;
            }
            try (InputStream content = rows.getBinaryStream(1)) {
                consumer.accept(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }, canton(), id));
    }

    boolean delete(DocumentOwner owner, long id) {
        String column = owner instanceof DocumentOwner.OfCompany ? "owner_company_id" : "owner_account_id";
        return jdbc.update("delete from document where canton = ? and id = ? and " + column + " = ?",
                canton(), id, owner.id()) == 1;
    }

    interface ContentStream {
        void accept(InputStream content) throws IOException;
    }

    private static void setOwner(PreparedStatement insert, DocumentOwner owner) throws SQLException {
        switch (owner) {
            case DocumentOwner.OfCompany company -> {
                insert.setLong(2, company.id());
                insert.setNull(3, Types.BIGINT);
            }
            case DocumentOwner.OfAccount account -> {
                insert.setNull(2, Types.BIGINT);
                insert.setLong(3, account.id());
            }
        }
    }

    private static StoredDocument document(ResultSet row) throws SQLException {
        long company = row.getLong("owner_company_id");
        DocumentOwner owner = row.wasNull() ? DocumentOwner.ofAccount(row.getLong("owner_account_id"))
                : DocumentOwner.ofCompany(company);
        return new StoredDocument(row.getLong("id"), owner, row.getString("file_name"),
                DocumentType.ofMediaType(row.getString("media_type")), row.getLong("size_bytes"),
                row.getString("sha256"), row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    private static String canton() {
        return TenantContext.current().value();
    }
}
