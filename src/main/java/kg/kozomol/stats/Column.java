package kg.kozomol.stats;

/** One variable of a {@link SurveyData} table, stored as a primitive array. */
public sealed interface Column permits NumericColumn, TextColumn {

    String name();

    int size();
}
