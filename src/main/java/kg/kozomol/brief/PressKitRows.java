package kg.kozomol.brief;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading a press kit, either from its tables (for its editors) or through the {@code portal_press_kit*} views, which
 * show it only while its brief is public and past its embargo (migration V46). Both have the same columns.
 */
@Repository
class PressKitRows {

    enum Source {
        TABLES("brief_press_kit", "press_kit_figure", "press_kit_quote"),
        PUBLIC("portal_press_kit", "portal_press_kit_figure", "portal_press_kit_quote");

        final String kit;
        final String figures;
        final String quotes;

        Source(String kit, String figures, String quotes) {
            this.kit = kit;
            this.figures = figures;
            this.quotes = quotes;
        }
    }

    private final JdbcClient jdbc;

    PressKitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PressKit> find(long briefId, Source source) {
        List<PressKit.KeyFigure> figures = jdbc.sql("select label_ru, label_ky, value, unit, finding_id, in_chart from "
                + source.figures + " where brief_id = :id order by position, id").param("id", briefId)
                .query((rs, i) -> new PressKit.KeyFigure(new Bilingual(rs.getString("label_ru"), rs.getString("label_ky")),
                        rs.getBigDecimal("value").stripTrailingZeros(), rs.getString("unit"), id(rs, "finding_id"),
                        rs.getBoolean("in_chart"))).list();
        List<PressKit.Quote> quotes = jdbc.sql("select text_ru, text_ky, finding_id from " + source.quotes
                + " where brief_id = :id order by position, id").param("id", briefId)
                .query((rs, i) -> new PressKit.Quote(new Bilingual(rs.getString("text_ru"), rs.getString("text_ky")),
                        id(rs, "finding_id"))).list();
        return jdbc.sql("select summary_ru, summary_ky, contact_name, contact_email, contact_phone, updated_at, version from "
                + source.kit + " where brief_id = :id").param("id", briefId)
                .query((rs, i) -> new PressKit(briefId, new Bilingual(rs.getString("summary_ru"), rs.getString("summary_ky")),
                        new PressKit.Contact(rs.getString("contact_name"), rs.getString("contact_email"),
                                rs.getString("contact_phone")), figures, quotes,
                        rs.getObject("updated_at", Timestamp.class).toInstant(), rs.getInt("version"))).optional();
    }

    private static Long id(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : id;
    }
}
