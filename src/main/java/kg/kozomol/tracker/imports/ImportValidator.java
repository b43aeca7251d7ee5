package kg.kozomol.tracker.imports;

import static kg.kozomol.tracker.imports.ImportColumn.ACTION_TYPE;
import static kg.kozomol.tracker.imports.ImportColumn.LEAD_BODY;
import static kg.kozomol.tracker.imports.ImportColumn.ORIGINAL_LANGUAGE;
import static kg.kozomol.tracker.imports.ImportColumn.PRIORITY;
import static kg.kozomol.tracker.imports.ImportColumn.PROPOSED_IMPLEMENTATION_DATE;
import static kg.kozomol.tracker.imports.ImportColumn.REFERENCE;
import static kg.kozomol.tracker.imports.ImportColumn.RESPONSE_DUE_DATE;
import static kg.kozomol.tracker.imports.ImportColumn.SDG;
import static kg.kozomol.tracker.imports.ImportColumn.SUPPORTING_BODIES;
import static kg.kozomol.tracker.imports.ImportColumn.TEXT_KY;
import static kg.kozomol.tracker.imports.ImportColumn.TEXT_RU;
import static kg.kozomol.tracker.imports.ImportColumn.THEME;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kg.kozomol.tables.RawTable;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;

/**
 * The validation pass over a table: every problem, with its row and column, or the plan for each row. A row with a
 * reference updates that recommendation; a row without one is matched to the brief's recommendation with the same
 * original text, so importing a file twice creates nothing the second time. A column left out of the file keeps
 * what an updated recommendation has; a blank cell in a column that is there clears the value.
 */
final class ImportValidator {

    /** Where new recommendations go: the brief, the version of it they come from, and its organisation. */
    record Destination(long briefId, int briefVersion, long organisationId) {}

    /** What the file is compared against, loaded in bulk beforehand. */
    record Existing(Map<String, Recommendation> byReference, List<Recommendation> ofBrief,
            Map<Long, List<Addressee>> addressees) {}

    static final int MAX_TEXT = 10_000;
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ImportVocabulary words;
    private final Destination destination;
    private final Existing existing;
    private final LocalDate today;
    private final Map<String, Recommendation> byText = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportValidator(ImportVocabulary words, Destination destination, Existing existing, LocalDate today) {
        this.words = words;
        this.destination = destination;
        this.existing = existing;
        this.today = today;
        existing.ofBrief().forEach(r -> byText.putIfAbsent(textKey(r.originalLanguage(), r.textRu(), r.textKy()), r));
    }

    /** The references a table mentions, upper-cased as they are stored, for loading them in one go. */
    static Set<String> references(RawTable table, ImportVocabulary words) {
        Integer index = columnsOf(table.header(), words, new ArrayList<>()).get(REFERENCE);
        Set<String> references = new HashSet<>();
        if (index != null) {
            table.rows().forEach(row -> {
                String value = row.cell(index);
                if (value != null && !value.isBlank()) {
                    references.add(value.strip().toUpperCase(Locale.ROOT));
                }
            });
        }
        return references;
    }

    ImportCheck check(RawTable table) {
        Map<ImportColumn, Integer> columns = columnsOf(table.header(), words, problems);
        if (!problems.isEmpty()) {
            return new ImportCheck(List.copyOf(problems), List.of());
        }
        if (table.rows().isEmpty()) {
            return ImportCheck.refused(ImportProblem.of(0, null, "tracker.import.file.noRows"));
        }
        Map<String, Integer> seenReferences = new HashMap<>();
        Map<String, Integer> seenTexts = new HashMap<>();
        Map<Long, Integer> seenTargets = new HashMap<>();
        List<PlannedRow> plan = new ArrayList<>();
        for (RawTable.Row raw : table.rows()) {
            RowCheck row = new RowCheck(raw, columns);
            PlannedRow planned = row.plan(seenReferences, seenTexts, seenTargets);
            if (planned != null) {
                plan.add(planned);
            }
        }
        return new ImportCheck(List.copyOf(problems), problems.isEmpty() ? List.copyOf(plan) : List.of());
    }

    private static Map<ImportColumn, Integer> columnsOf(List<String> header, ImportVocabulary words, List<ImportProblem> problems) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell == null || ImportVocabulary.key(cell).isEmpty()) {
                continue;
            }
            var column = words.column(cell);
            if (column.isEmpty()) {
                problems.add(ImportProblem.of(1, null, "tracker.import.header.unknown", cell.strip()));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(ImportProblem.of(1, column.get(), "tracker.import.header.twice"));
            }
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(column.code());
            }
        }
        if (!columns.containsKey(TEXT_RU) && !columns.containsKey(TEXT_KY)) {
            missing.add(TEXT_RU.code() + " / " + TEXT_KY.code());
        }
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.of(0, null, "tracker.import.header.missing", String.join(", ", missing)));
        }
        return columns;
    }

    private static String textKey(String language, String ru, String ky) {
        String text = "ky".equals(language) ? ky : ru;
        return text == null || text.isBlank() ? null : language + ":" + text.strip().replaceAll("\\s+", " ");
    }

    /** One row: its cells read, checked and, when all is well, turned into a plan. */
    private final class RowCheck {

        private final RawTable.Row raw;
        private final Map<ImportColumn, Integer> columns;
        private boolean failed;

        RowCheck(RawTable.Row raw, Map<ImportColumn, Integer> columns) {
            this.raw = raw;
            this.columns = columns;
        }

        PlannedRow plan(Map<String, Integer> seenReferences, Map<String, Integer> seenTexts, Map<Long, Integer> seenTargets) {
            String reference = cell(REFERENCE).toUpperCase(Locale.ROOT);
            String ru = text(TEXT_RU);
            String ky = text(TEXT_KY);
            String language = required(ORIGINAL_LANGUAGE) ? words.language(cell(ORIGINAL_LANGUAGE)) : null;
            if (language == null && !cell(ORIGINAL_LANGUAGE).isEmpty()) {
                problem(ORIGINAL_LANGUAGE, "tracker.import.language.unknown", cell(ORIGINAL_LANGUAGE));
            }
            Long theme = theme();
            ActionType actionType = required(ACTION_TYPE) ? words.actionType(cell(ACTION_TYPE)) : null;
            if (actionType == null && !cell(ACTION_TYPE).isEmpty()) {
                problem(ACTION_TYPE, "tracker.import.actionType.unknown", cell(ACTION_TYPE));
            }
            Priority priority = cell(PRIORITY).isEmpty() ? null : words.priority(cell(PRIORITY));
            if (priority == null && !cell(PRIORITY).isEmpty()) {
                problem(PRIORITY, "tracker.import.priority.unknown", cell(PRIORITY));
            }
            Long lead = required(LEAD_BODY) ? body(LEAD_BODY, cell(LEAD_BODY)) : null;
            List<Long> supporting = supporting();
            List<String> sdgs = sdgs();
            LocalDate proposed = date(PROPOSED_IMPLEMENTATION_DATE);
            LocalDate responseDue = date(RESPONSE_DUE_DATE);

            Recommendation target = target(reference, language, ru, ky, seenReferences, seenTexts, seenTargets);
            if (failed) {
                return null;
            }
            // Columns the file leaves out keep what the recommendation has.
            if (target != null) {
                ru = has(TEXT_RU) ? ru : target.textRu();
                ky = has(TEXT_KY) ? ky : target.textKy();
                theme = has(THEME) ? theme : target.themeId();
                supporting = has(SUPPORTING_BODIES) ? supporting : supportingOf(target);
                sdgs = has(SDG) ? sdgs : target.sdgCodes();
                proposed = has(PROPOSED_IMPLEMENTATION_DATE) ? proposed : target.proposedImplementationDate();
            }
            if ("ru".equals(language) ? ru == null : ky == null) {
                problem("ru".equals(language) ? TEXT_RU : TEXT_KY, "tracker.import.text.originalMissing");
                return null;
            }
            Priority effectivePriority = priority != null ? priority : target != null ? target.priority() : Priority.MEDIUM;
            LocalDate effectiveDue = responseDue != null ? responseDue : target != null ? target.responseDueDate() : null;
            if (target != null && target.released()) {
                checkReleased(target, lead, supporting, responseDue);
            }
            checkDates(target, proposed, effectiveDue);
            if (failed) {
                return null;
            }
            RecommendationDraft draft = target == null
                    ? new RecommendationDraft(destination.briefId(), destination.briefVersion(), destination.organisationId(),
                            ru, ky, language, theme, actionType, effectivePriority, proposed, lead, supporting, sdgs, effectiveDue)
                    : new RecommendationDraft(target.briefId(), target.briefVersion(), target.organisationId(), ru, ky,
                            language, theme, actionType, effectivePriority, proposed, lead, supporting, sdgs, effectiveDue);
            if (target == null) {
                return new PlannedRow(raw.number(), ImportAction.NEW, null, 0, null, draft);
            }
            ImportAction action = same(target, draft) ? ImportAction.UNCHANGED : ImportAction.UPDATE;
            return new PlannedRow(raw.number(), action, target.id(), target.version(), target.reference(), draft);
        }

        private Recommendation target(String reference, String language, String ru, String ky,
                Map<String, Integer> seenReferences, Map<String, Integer> seenTexts, Map<Long, Integer> seenTargets) {
            Recommendation target = null;
            if (!reference.isEmpty()) {
                Integer first = seenReferences.putIfAbsent(reference, raw.number());
                if (first != null) {
                    problem(REFERENCE, "tracker.import.reference.twice", reference, first);
                    return null;
                }
                target = existing.byReference().get(reference);
                if (target == null || target.organisationId() != destination.organisationId()) {
                    problem(REFERENCE, "tracker.import.reference.unknown", reference);
                    return null;
                }
                if (!java.util.Objects.equals(target.briefId(), destination.briefId())) {
                    problem(REFERENCE, "tracker.import.reference.otherBrief", reference, target.briefId());
                    return null;
                }
            } else if (language != null) {
                String key = textKey(language, ru, ky);
                if (key != null) {
                    Integer first = seenTexts.putIfAbsent(key, raw.number());
                    if (first != null) {
                        problem("ru".equals(language) ? TEXT_RU : TEXT_KY, "tracker.import.text.twice", first);
                        return null;
                    }
                    target = byText.get(key);
                }
            }
            if (target != null) {
                Integer first = seenTargets.putIfAbsent(target.id(), raw.number());
                if (first != null) {
                    problem(REFERENCE, "tracker.import.reference.sameAs", target.reference(), first);
                    return null;
                }
            }
            return target;
        }

        /** Once released, the bodies and their deadline are fixed; the deadline moves only by a revision with a reason. */
        private void checkReleased(Recommendation target, Long lead, List<Long> supporting, LocalDate responseDue) {
            Long currentLead = leadOf(target);
            if (!Objects.equals(lead, currentLead)) {
                problem(LEAD_BODY, "tracker.import.released.addressees", target.reference());
            } else if (!new HashSet<>(supporting).equals(new HashSet<>(supportingOf(target)))) {
                problem(SUPPORTING_BODIES, "tracker.import.released.addressees", target.reference());
            }
            if (responseDue != null && !responseDue.equals(target.responseDueDate())) {
                problem(RESPONSE_DUE_DATE, "tracker.import.released.responseDue", target.reference());
            }
        }

        /** Dates are checked when they are new or changed, so an old file whose dates have passed still re-imports. */
        private void checkDates(Recommendation target, LocalDate proposed, LocalDate due) {
            boolean dueChanged = due != null && (target == null || !due.equals(target.responseDueDate()));
            boolean proposedChanged = proposed != null && (target == null || !proposed.equals(target.proposedImplementationDate()));
            if (dueChanged && !due.isAfter(today)) {
                problem(RESPONSE_DUE_DATE, "tracker.import.date.notFuture", due);
            }
            if ((dueChanged || proposedChanged) && due != null && proposed != null && proposed.isBefore(due)) {
                problem(PROPOSED_IMPLEMENTATION_DATE, "tracker.import.date.order", proposed, due);
            }
        }

        private boolean same(Recommendation r, RecommendationDraft d) {
            return Objects.equals(trimmed(r.textRu()), d.textRu()) && Objects.equals(trimmed(r.textKy()), d.textKy())
                    && r.originalLanguage().equals(d.originalLanguage()) && Objects.equals(r.themeId(), d.themeId())
                    && r.actionType() == d.actionType() && r.priority() == d.priority()
                    && Objects.equals(r.proposedImplementationDate(), d.proposedImplementationDate())
                    && Objects.equals(r.responseDueDate(), d.responseDueDate())
                    && new HashSet<>(r.sdgCodes()).equals(new HashSet<>(d.sdgCodes()))
                    && Objects.equals(leadOf(r), d.leadAddresseeId())
                    && new HashSet<>(supportingOf(r)).equals(new HashSet<>(d.supportingAddresseeIds()));
        }

        private Long leadOf(Recommendation r) {
            return existing.addressees().getOrDefault(r.id(), List.of()).stream().filter(Addressee::lead)
                    .map(Addressee::organisationId).findFirst().orElse(null);
        }

        /** The bodies the CSO named; not those added later by a redirect or a succession. */
        private List<Long> supportingOf(Recommendation r) {
            return existing.addressees().getOrDefault(r.id(), List.of()).stream()
                    .filter(a -> !a.lead() && a.redirectedFrom() == null).map(Addressee::organisationId).toList();
        }

        private Long theme() {
            if (cell(THEME).isEmpty()) {
                return null;
            }
            Long theme = words.theme(cell(THEME));
            if (theme == null || theme == ImportVocabulary.AMBIGUOUS) {
                problem(THEME, theme == null ? "tracker.import.theme.unknown" : "tracker.import.theme.ambiguous", cell(THEME));
                return null;
            }
            return theme;
        }

        private Long body(ImportColumn column, String value) {
            Long body = words.body(value);
            if (body == null) {
                problem(column, "tracker.import.body.unknown", value.strip());
            } else if (body == ImportVocabulary.AMBIGUOUS) {
                problem(column, "tracker.import.body.ambiguous", value.strip());
                return null;
            }
            return body;
        }

        private List<Long> supporting() {
            Set<Long> bodies = new LinkedHashSet<>();
            for (String name : cell(SUPPORTING_BODIES).split("[;\\n]")) {
                if (!name.isBlank()) {
                    Long body = body(SUPPORTING_BODIES, name);
                    if (body != null) {
                        bodies.add(body);
                    }
                }
            }
            return List.copyOf(bodies);
        }

        private List<String> sdgs() {
            Set<String> codes = new LinkedHashSet<>();
            for (String code : cell(SDG).split("[;,\\s]+")) {
                if (!code.isBlank()) {
                    String known = words.sdg(code);
                    if (known == null) {
                        problem(SDG, "tracker.import.sdg.unknown", code.strip());
                    } else {
                        codes.add(known);
                    }
                }
            }
            return List.copyOf(codes);
        }

        private LocalDate date(ImportColumn column) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return value.contains(".") ? LocalDate.parse(value, DOTTED) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, "tracker.import.date.format", value);
                return null;
            }
        }

        private String text(ImportColumn column) {
            String value = cell(column);
            if (value.length() > MAX_TEXT) {
                problem(column, "tracker.import.text.tooLong", MAX_TEXT, value.length());
            }
            return value.isEmpty() ? null : value;
        }

        private boolean required(ImportColumn column) {
            if (cell(column).isEmpty()) {
                problem(column, "tracker.import.required");
                return false;
            }
            return true;
        }

        private boolean has(ImportColumn column) {
            return columns.containsKey(column);
        }

        private String cell(ImportColumn column) {
            Integer index = columns.get(column);
            String value = index == null ? null : raw.cell(index);
            return value == null ? "" : value.strip();
        }

        private void problem(ImportColumn column, String key, Object... args) {
            failed = true;
            problems.add(ImportProblem.of(raw.number(), column, key, args));
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
