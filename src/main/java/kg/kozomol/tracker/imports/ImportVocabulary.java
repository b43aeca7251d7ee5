package kg.kozomol.tracker.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import kg.kozomol.catalog.Theme;
import kg.kozomol.identity.Organisation;
import kg.kozomol.platform.SupportedLocales;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.SdgTarget;

/**
 * The words a cell may use for a column, a theme, a state body, an SDG target, a type of action, a priority or a
 * language: the code, or the name in Russian, Kyrgyz or English, compared without case, extra spaces or quotes.
 */
final class ImportVocabulary {

    /** A name shared by several records: the cell must use the id (bodies) or the code (themes) instead. */
    static final long AMBIGUOUS = -1;
    private static final Pattern CODE_IN_BRACKETS = Pattern.compile(".*\\(([a-z_]+)\\)\\s*\\*?$");

    private final Map<String, ImportColumn> columns = new HashMap<>();
    private final Map<String, Long> themes = new HashMap<>();
    private final Map<String, Long> bodies = new HashMap<>();
    private final Set<Long> bodyIds = new HashSet<>();
    private final Map<String, String> sdgs = new HashMap<>();
    private final Map<String, ActionType> actionTypes = new HashMap<>();
    private final Map<String, Priority> priorities = new HashMap<>();
    private final Map<String, String> languages = new HashMap<>();

    ImportVocabulary(MessageSource messages, List<Theme> themeList, List<Organisation> stateBodies, List<SdgTarget> targets) {
        for (ImportColumn column : ImportColumn.values()) {
            columns.put(key(column.code()), column);
            labels(messages, column.labelKey()).forEach(label -> columns.put(key(label), column));
        }
        for (Theme theme : themeList) {
            themes.put(key(theme.code()), theme.id());
            for (String name : Arrays.asList(theme.nameRu(), theme.nameKy(), theme.nameEn())) {
                addName(themes, name, theme.id());
            }
        }
        for (Organisation body : stateBodies) {
            bodyIds.add(body.id());
            for (String name : Arrays.asList(body.nameRu(), body.nameKy(), body.nameEn(), body.shortName())) {
                addName(bodies, name, body.id());
            }
        }
        targets.forEach(t -> sdgs.put(key(t.code()), t.code()));
        enumWords(messages, ActionType.values(), "ActionType.", actionTypes);
        enumWords(messages, Priority.values(), "Priority.", priorities);
        for (String language : List.of("ru", "ky")) {
            languages.put(language, language);
            labels(messages, "tracker.language." + language).forEach(label -> languages.put(key(label), language));
        }
    }

    /** "Головной орган (lead_body)", "lead_body" and "Головной орган" all name the lead body column. */
    Optional<ImportColumn> column(String header) {
        String key = key(header);
        Matcher bracketed = CODE_IN_BRACKETS.matcher(key);
        if (bracketed.matches() && ImportColumn.byCode(bracketed.group(1)).isPresent()) {
            return ImportColumn.byCode(bracketed.group(1));
        }
        return Optional.ofNullable(columns.get(key.endsWith("*") ? key(key.substring(0, key.length() - 1)) : key));
    }

    /** The theme's id, {@link #AMBIGUOUS}, or null when nothing is called so. */
    Long theme(String cell) {
        return themes.get(key(cell));
    }

    /** A state body by its id or any of its names: the id, {@link #AMBIGUOUS}, or null when there is none. */
    Long body(String cell) {
        String value = cell.strip();
        if (value.matches("\\d{1,18}")) {
            long id = Long.parseLong(value);
            return bodyIds.contains(id) ? id : null;
        }
        return bodies.get(key(value));
    }

    /** The SDG code as stored ("4.a" for "4.A"), or null. */
    String sdg(String cell) {
        return sdgs.get(key(cell));
    }

    ActionType actionType(String cell) {
        return actionTypes.get(key(cell));
    }

    Priority priority(String cell) {
        return priorities.get(key(cell));
    }

    /** "ru" or "ky", or null. */
    String language(String cell) {
        return languages.get(key(cell));
    }

    static String key(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\uFEFF', ' ').replaceAll("[«»“”„\"']", "").replace('ё', 'е').replace('Ё', 'Е')
                .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void addName(Map<String, Long> names, String name, long id) {
        if (name == null || name.isBlank()) {
            return;
        }
        names.merge(key(name), id, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
    }

    private static <E extends Enum<E>> void enumWords(MessageSource messages, E[] values, String prefix, Map<String, E> into) {
        for (E value : values) {
            into.put(key(value.name()), value);
            labels(messages, prefix + value.name()).forEach(label -> into.put(key(label), value));
        }
    }

    private static List<String> labels(MessageSource messages, String key) {
        Function<Locale, String> label = locale -> messages.getMessage(key, null, null, locale);
        return SupportedLocales.ALL.stream().map(label).filter(l -> l != null && !l.isBlank()).toList();
    }
}
