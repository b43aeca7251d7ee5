package kg.kozomol.platform;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Writes many rows into a table with PostgreSQL's COPY through the driver's CopyManager, on the caller's transaction's
 * connection: the server stores them in bulk, at a fraction of its work per row of an insert, for imports of millions
 * of rows. The rows go in COPY's binary format, so nothing is escaped or quoted on either side; a value is written by
 * its Java type, which must match its column's: {@link Long} for bigint, {@link Integer} for integer, {@link Boolean},
 * {@link String} for text, {@code byte[]} for bytea, {@link Json} for jsonb; null is SQL null. A failure (a duplicate
 * key, say) comes out as Spring's {@link DataAccessException}, as from JdbcClient, and leaves the transaction to be
 * rolled back.
 */
@Component
public class BulkCopy {

    private static final int BUFFER = 1 << 16;
    /** The binary format's signature, then no flags and no header extension. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte JSONB_VERSION = 1;

    /** A column of the table and how a row's value for it is got. */
    public record Column<T>(String name, Function<? super T, ?> value) {
    }

    /** JSON text for a jsonb column. */
    public record Json(String text) {
    }

    public static <T> Column<T> column(String name, Function<? super T, ?> value) {
        return new Column<>(name, value);
    }

    private final DataSource dataSource;
    private final SQLExceptionTranslator translator;

    BulkCopy(DataSource dataSource) {
        this.dataSource = dataSource;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /** Copies the rows into the table's columns; returns how many the server stored. */
    public <T> long copy(String table, List<Column<T>> columns, Collection<? extends T> rows) {
        String sql = "copy " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") from stdin (format binary)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, BUFFER);
            try {
                DataOutputStream data = new DataOutputStream(out);
                data.write(HEADER);
                for (T row : rows) {
                    data.writeShort(columns.size());
                    for (Column<T> column : columns) {
                        write(data, column.value().apply(row));
                    }
                }
                data.writeShort(-1);
                data.flush();
                return out.endCopy();
            } finally {
                if (out.isActive()) {
                    out.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw translated(sql, e);
        } catch (IOException e) {
            // the driver reports a refused row (a duplicate key) as an IOException with the SQLException as its cause
            if (e.getCause() instanceof SQLException refused) {
                throw translated(sql, refused);
            }
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One field: its length in bytes (-1 for null), then the value as the type's binary receive function reads it. */
    private static void write(DataOutputStream data, Object value) throws IOException {
        if (value == null) {
            data.writeInt(-1);
        } else if (value instanceof Long l) {
            data.writeInt(Long.BYTES);
            data.writeLong(l);
        } else if (value instanceof Integer i) {
            data.writeInt(Integer.BYTES);
            data.writeInt(i);
        } else if (value instanceof Boolean b) {
            data.writeInt(1);
            data.writeBoolean(b);
        } else if (value instanceof byte[] bytes) {
            data.writeInt(bytes.length);
            data.write(bytes);
        } else if (value instanceof String text) {
            write(data, text.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Json json) {
            byte[] text = json.text().getBytes(StandardCharsets.UTF_8);
            data.writeInt(text.length + 1);
            data.writeByte(JSONB_VERSION);
            data.write(text);
        } else {
            throw new IllegalArgumentException("no binary COPY form for " + value.getClass().getName());
        }
    }

    private DataAccessException translated(String sql, SQLException e) {
        DataAccessException translated = translator.translate("COPY", sql, e);
        return translated != null ? translated : new UncategorizedSQLException("COPY", sql, e);
    }
}
