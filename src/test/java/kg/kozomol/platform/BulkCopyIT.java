package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.support.KozomolTest;

/** COPY in binary format writes each supported type as the column reads it, and a duplicate key as Spring's exception. */
@KozomolTest
class BulkCopyIT {

    record Row(long id, Integer count, Boolean active, String name, byte[] content, String json) {
    }

    static final List<BulkCopy.Column<Row>> COLUMNS = List.of(
            BulkCopy.column("id", Row::id),
            BulkCopy.column("count", Row::count),
            BulkCopy.column("active", Row::active),
            BulkCopy.column("name", Row::name),
            BulkCopy.column("content", Row::content),
            BulkCopy.column("doc", r -> r.json() == null ? null : new BulkCopy.Json(r.json())));

    @Autowired BulkCopy bulk;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void everyTypeArrivesAsWrittenAndNullAsNull() {
        List<String> stored = transactions.execute(s -> {
            create();
            long copied = bulk.copy("bulk_copy_test", COLUMNS, List.of(
                    new Row(1, 7, true, "Мектеп ө ү ң", "<a>ж</a>".getBytes(StandardCharsets.UTF_8), "{\"k\": [1, \"ы\"]}"),
                    new Row(2, null, null, null, null, null)));
            assertThat(copied).isEqualTo(2);
            return jdbc.sql("""
                    select concat_ws('|', id, coalesce(count::text, 'null'), coalesce(active::text, 'null'), coalesce(name, 'null'),
                      coalesce(convert_from(content, 'UTF8'), 'null'), coalesce(doc ->> 'k', 'null'))
                    from bulk_copy_test order by id
                    """).query(String.class).list();
        });
        assertThat(stored).containsExactly("1|7|true|Мектеп ө ү ң|<a>ж</a>|[1, \"ы\"]", "2|null|null|null|null|null");
    }

    @Test
    void aDuplicateKeyIsSpringsDuplicateKeyException() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            create();
            bulk.copy("bulk_copy_test", COLUMNS, List.of(new Row(1, 1, true, "a", new byte[0], "{}"), new Row(1, 2, false, "b", new byte[0], "{}")));
        })).isInstanceOf(DuplicateKeyException.class);
    }

    private void create() {
        jdbc.sql("""
                create temporary table bulk_copy_test (id bigint primary key, count integer, active boolean, name text,
                  content bytea, doc jsonb) on commit drop
                """).update();
    }
}
