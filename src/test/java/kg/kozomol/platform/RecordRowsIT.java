package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class RecordRowsIT {

    enum Colour { RED, GREEN }

    record Row(long id, Long missingNumber, String displayName, Instant createdAt, LocalDate dueOn, boolean active,
            BigDecimal share, Colour colour, UUID fileId, byte[] content) {
    }

    record Lower(String displayname) {
    }

    record Absent(String nowhere) {
    }

    private static final String SELECT = """
            select g as id, null::bigint as missing_number, 'Школа ' || g as display_name,
                   timestamptz '2026-11-26 06:00:00+00' + g * interval '1 hour' as created_at, date '2026-12-01' as due_on,
                   g % 2 = 0 as active, 0.25 * g as share, case when g = 1 then 'RED' else 'GREEN' end as colour,
                   '6f1f6b46-64f6-4d1e-9c8a-3b1b3d0f0a11'::uuid as file_id, convert_to('ж', 'UTF8') as content
            from generate_series(1, 3) g order by g
            """;

    @Autowired JdbcClient jdbc;

    @Test
    void mapsSnakeCaseColumnsOntoComponentsAsJdbcClientsOwnMapperDoes() {
        List<Row> ours = jdbc.sql(SELECT).query(RecordRows.of(Row.class)).list();
        List<Row> spring = jdbc.sql(SELECT).query(Row.class).list();

        assertThat(ours).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Row a = ours.get(i);
            Row b = spring.get(i);
            assertThat(a).usingRecursiveComparison().isEqualTo(b);
        }
        Row first = ours.get(0);
        assertThat(first.missingNumber()).isNull();
        assertThat(first.displayName()).isEqualTo("Школа 1");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-11-26T07:00:00Z"));
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(first.active()).isFalse();
        assertThat(first.share()).isEqualByComparingTo("0.25");
        assertThat(first.colour()).isEqualTo(Colour.RED);
        assertThat(ours.get(1).colour()).isEqualTo(Colour.GREEN);
        assertThat(first.fileId()).isEqualTo(UUID.fromString("6f1f6b46-64f6-4d1e-9c8a-3b1b3d0f0a11"));
        assertThat(first.content()).containsExactly("ж".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aComponentNamedWithoutUnderscoresFindsItsColumnToo() {
        assertThat(jdbc.sql("select 'x' as displayname").query(RecordRows.of(Lower.class)).single().displayname()).isEqualTo("x");
    }

    @Test
    void aComponentWithoutAColumnIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> jdbc.sql("select 1 as id").query(RecordRows.of(Absent.class)).list())
                .hasMessageContaining("nowhere");
    }
}
