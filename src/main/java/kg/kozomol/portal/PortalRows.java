package kg.kozomol.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Reading the columns the portal queries name alike: {@code <prefix>_ru}, {@code <prefix>_ky}, {@code <prefix>_en}. */
final class PortalRows {

    private PortalRows() {}

    static PublicText text(ResultSet rs, String prefix) throws SQLException {
        return new PublicText(rs.getString(prefix + "_ru"), rs.getString(prefix + "_ky"));
    }

    static PublicName name(ResultSet rs, String prefix) throws SQLException {
        return new PublicName(rs.getString(prefix + "_ru"), rs.getString(prefix + "_ky"), rs.getString(prefix + "_en"));
    }

    /** An organisation selected as {@code <prefix>_id} and its names. */
    static PublicOrganisation organisation(ResultSet rs, String prefix) throws SQLException {
        long id = rs.getLong(prefix + "_id");
        return rs.wasNull() ? null : new PublicOrganisation(id, name(rs, prefix));
    }

    /** A theme selected as {@code theme_id}, {@code theme_code} and its names. */
    static PublicTheme theme(ResultSet rs) throws SQLException {
        long id = rs.getLong("theme_id");
        return rs.wasNull() ? null : new PublicTheme(id, rs.getString("theme_code"), name(rs, "theme"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    /**
     * Plans the rest of the transaction's queries for their actual values. A prepared statement is otherwise planned
     * once for any value after a few runs, and for a filter that narrows by a body, a position or a search query such a
     * plan can be a hundred times slower.
     */
    static void planForTheValues(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** The first instant of a year where the platform is, for filters by year of release or publication. */
    static Timestamp startOfYear(int year, java.time.ZoneId zone) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    }

    /** The select-list part naming an organisation's columns as {@code <alias>_id, <alias>_ru, ...}. */
    static String organisationColumns(String table, String alias) {
        return "%1$s.id as %2$s_id, %1$s.name_ru as %2$s_ru, %1$s.name_ky as %2$s_ky, %1$s.name_en as %2$s_en"
                .formatted(table, alias);
    }
}
