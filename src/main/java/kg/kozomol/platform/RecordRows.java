package kg.kozomol.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps rows onto a record by its component names, {@code createdAt} from the column {@code created_at} (or
 * {@code createdat}), converting values as JdbcClient's own record mapper does. Unlike that mapper (Spring 7.0), it
 * finds the columns once per result set: Spring's looks each camelCase name up on every row and the PostgreSQL
 * driver answers every miss with a thrown exception, which made wide queries several times slower.
 *
 * <p>Use a fresh mapper per query ({@code .query(RecordRows.of(Row.class))}); the reflection is cached per type.
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();
    private static final Map<Class<?>, Shape<?>> SHAPES = new ConcurrentHashMap<>();

    private final Shape<T> shape;
    private ResultSet resolvedFor;
    private int[] columns;

    private RecordRows(Shape<T> shape) {
        this.shape = shape;
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>((Shape<T>) SHAPES.computeIfAbsent(type, Shape::new));
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != resolvedFor) {
            columns = shape.columnsIn(rs.getMetaData());
            resolvedFor = rs;
        }
        Object[] args = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            TypeDescriptor type = shape.types[i];
            args[i] = CONVERSIONS.convert(value(rs, columns[i], type.getType()), type);
        }
        return BeanUtils.instantiateClass(shape.constructor, args);
    }

    /**
     * The column's value for a component type. An {@link Instant} is read as a timestamp: asked for one, the PostgreSQL
     * driver refuses with an exception that JdbcUtils catches before falling back to the same timestamp, on every row.
     */
    private static Object value(ResultSet rs, int column, Class<?> type) throws SQLException {
        if (type == Instant.class) {
            Timestamp timestamp = rs.getTimestamp(column);
            return timestamp == null ? null : timestamp.toInstant();
        }
        return JdbcUtils.getResultSetValue(rs, column, type);
    }

    /** A record type's canonical constructor with its component names and types. */
    private static final class Shape<T> {
        final Constructor<T> constructor;
        final String[] names;
        final TypeDescriptor[] types;

        Shape(Class<T> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            names = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                names[i] = components[i].getName();
            }
            try {
                constructor = type.getDeclaredConstructor(parameterTypes);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + type, e);
            }
            types = new TypeDescriptor[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
            }
        }

        int[] columnsIn(ResultSetMetaData metaData) throws SQLException {
            Map<String, Integer> byName = new HashMap<>();
            for (int column = metaData.getColumnCount(); column >= 1; column--) {
                byName.put(JdbcUtils.lookupColumnName(metaData, column).toLowerCase(Locale.ROOT), column); // first one wins
            }
            int[] columns = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                Integer column = byName.get(JdbcUtils.convertPropertyNameToUnderscoreName(names[i]));
                if (column == null) {
                    column = byName.get(names[i].toLowerCase(Locale.ROOT));
                }
                if (column == null) {
                    throw new SQLException("no column for record component '" + names[i] + "' in " + byName.keySet());
                }
                columns[i] = column;
            }
            return columns;
        }
    }
}
