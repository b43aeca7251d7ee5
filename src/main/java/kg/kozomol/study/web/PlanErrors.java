package kg.kozomol.study.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import kg.kozomol.study.sampling.Violation;

/**
 * Turns plan violations into field errors whose message names the field, e.g. "Stratum 2, size: enter a whole
 * number greater than zero". A field that could not be read gets only that message, not the rule it then fails.
 */
final class PlanErrors {

    private static final Pattern ROW = Pattern.compile("(strata|stages|domains)\\[(\\d+)]\\.(\\w+)");

    private PlanErrors() {}

    static void reject(BindingResult errors, List<Violation> unreadable, List<Violation> broken) {
        Set<String> reported = new HashSet<>();
        for (Violation v : unreadable) {
            add(errors, v);
            reported.add(v.field());
        }
        broken.stream().filter(v -> !reported.contains(v.field())).forEach(v -> add(errors, v));
    }

    private static void add(BindingResult errors, Violation v) {
        List<Object> args = new ArrayList<>();
        args.add(label(v.field()));
        args.addAll(v.args());
        errors.rejectValue(v.field(), "study.plan.error." + v.code(), args.toArray(), null);
    }

    static DefaultMessageSourceResolvable label(String field) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            return new DefaultMessageSourceResolvable(new String[] {"study.plan.label." + row.group(1) + "." + row.group(3)},
                    new Object[] {Integer.parseInt(row.group(2)) + 1});
        }
        return new DefaultMessageSourceResolvable("study.plan.label." + field);
    }
}
