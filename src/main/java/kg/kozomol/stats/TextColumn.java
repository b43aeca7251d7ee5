package kg.kozomol.stats;

import java.util.List;

/**
 * A text variable stored as codes into its sorted distinct values ({@code levels}, as R's factor levels in the C
 * locale); a missing value has code -1. The array is shared, not copied: callers must not change it.
 */
public record TextColumn(String name, int[] codes, List<String> levels) implements Column {

    @Override
    public int size() {
        return codes.length;
    }
}
