package kg.kozomol.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An estimator run on every domain defined by a variable, each on the full design restricted to the domain (R's
 * {@code svyby}); levels in R's order, a level without rows of non-zero weight left out as R leaves it out.
 */
public final class Domains {

    private Domains() {
    }

    public static <T> List<DomainEstimate<T>> by(Design design, String variable, Function<Design, T> estimator) {
        Factor factor = design.data().factor(variable);
        boolean[] present = new boolean[factor.levels().size()];
        for (int row = 0; row < factor.size(); row++) {
            int code = factor.codes()[row];
            if (code >= 0 && design.includes(row) && design.weights[row] != 0) {
                present[code] = true;
            }
        }
        List<DomainEstimate<T>> results = new ArrayList<>();
        for (int level = 0; level < present.length; level++) {
            if (present[level]) {
                String name = factor.levels().get(level);
                results.add(new DomainEstimate<>(name, estimator.apply(design.domain(variable, name))));
            }
        }
        return results;
    }
}
