package kg.kozomol.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Writes many rows into a table with PostgreSQL's COPY on the caller's transaction's connection: the server stores
 * them in bulk, at a fraction of its work per row of an insert, for imports of millions of rows. The rows go as
 * PostgreSQL's CSV (written by Commons CSV), a byte array as bytea's hex text. A failure (a duplicate key, say) comes
 * out as Spring's {@link DataAccessException}, as from JdbcClient, and leaves the transaction to be rolled back.
 */
@Component
public class BulkCopy {

    private static final int BUFFER = 1 << 16;
    private static final HexFormat HEX = HexFormat.of();

    /** A column of the table and how a row's value for it is got; null is SQL null. */
    public record Column<T>(String name, Function<? super T, ?> value) {
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
                + ") from stdin (format csv)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, BUFFER);
            try {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.POSTGRESQL_CSV);
                Object[] values = new Object[columns.size()];
                for (T row : rows) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = text(columns.get(i).value().apply(row));
                    }
                    csv.printRecord(values);
                }
                csv.flush();
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

    private DataAccessException translated(String sql, SQLException e) {
        DataAccessException translated = translator.translate("COPY", sql, e);
        return translated != null ? translated : new UncategorizedSQLException("COPY", sql, e);
    }

    private static Object text(Object value) {
        return value instanceof byte[] bytes ? "\\x" + HEX.formatHex(bytes) : value;
    }
}
