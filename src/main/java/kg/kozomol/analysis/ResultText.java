package kg.kozomol.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A result in words and formatted numbers, the same on the page, in the exports' headings and in an evidence item:
 * shares as percentages, the design described ("stratified cluster design, 10 strata, 200 PSUs, weights w").
 */
@Component
public class ResultText {

    private final MessageSource messages;

    ResultText(MessageSource messages) {
        this.messages = messages;
    }

    /** An estimate, bound or standard error: a share in percent with one decimal, anything else with two. */
    public String value(AnalysisResult result, double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        int digits = result.proportion() ? 1 : 2;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(result.proportion() ? value * 100 : value);
    }

    public String deff(Double deff, Locale locale) {
        if (deff == null) {
            return "—";
        }
        return number(deff, 2, locale);
    }

    public String interval(AnalysisResult result, ResultRow row, Locale locale) {
        return value(result, row.lower(), locale) + " – " + value(result, row.upper(), locale);
    }

    public String domain(AnalysisDefinition definition, ResultRow row, Locale locale) {
        return row.domain() == null ? text("analysis.result.all", locale) : row.domain();
    }

    /** What is estimated: "Mean of income", "Share of "yes" in q1", "Median of income". */
    public String estimand(AnalysisDefinition d, Locale locale) {
        return switch (d.estimator()) {
            case PROPORTION -> text("analysis.estimand.PROPORTION", locale, d.category(), d.variable());
            case QUANTILE -> text("analysis.estimand.QUANTILE", locale, d.quantile().stripTrailingZeros().toPlainString(),
                    d.variable());
            case RATIO -> text("analysis.estimand.RATIO", locale, d.variable(), d.denominator());
            case CROSSTAB -> text("analysis.estimand.CROSSTAB", locale, d.variable(), d.columnVariable());
            default -> text("analysis.estimand." + d.estimator().name(), locale, d.variable());
        };
    }

    /** A crosstab's Rao-Scott test: "F = 3.21, ndf = 1.93, ddf = 44.4, p = 0.0452". */
    public String test(CrosstabTest test, Locale locale) {
        return text("analysis.test.line", locale, number(test.f(), 4, locale), number(test.numeratorDf(), 3, locale),
                number(test.denominatorDf(), 3, locale), pValue(test.pValue(), locale));
    }

    private String pValue(double p, Locale locale) {
        return p < 0.0001 ? "< " + number(0.0001, 4, locale) : number(p, 4, locale);
    }

    private static String number(double value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    public String design(DesignSummary design, Locale locale) {
        String kind = design.strata() > 0 ? (design.psus() > 0 ? "stratifiedCluster" : "stratified")
                : (design.psus() > 0 ? "cluster" : "simple");
        StringBuilder text = new StringBuilder(text("analysis.design.describe." + kind, locale, design.strata(),
                design.psus()));
        text.append(design.weights() == null ? text("analysis.design.describe.unweighted", locale)
                : text("analysis.design.describe.weights", locale, design.weights()));
        if (design.fpc() != null) {
            text.append(text("analysis.design.describe.fpc", locale, design.fpc()));
        }
        return text.append(text("analysis.design.describe.rows", locale, design.rows())).toString();
    }

    /** The table as plain lines, for an evidence item. */
    public String table(AnalysisDefinition definition, AnalysisResult result, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(estimand(definition, locale) + (result.proportion() ? ", %" : ""));
        lines.add(text("analysis.design", locale) + ": " + design(result.design(), locale));
        for (ResultRow row : result.rows()) {
            lines.add(text("analysis.evidence.line", locale, domain(definition, row, locale), value(result, row.estimate(), locale),
                    interval(result, row, locale), value(result, row.se(), locale), deff(row.designEffect(), locale),
                    row.n()) + (row.suppressed() ? " " + text("analysis.result.suppressed", locale) : ""));
        }
        if (result.test() != null) {
            lines.add(text("analysis.test", locale) + ": " + test(result.test(), locale));
        }
        return String.join("\n", lines);
    }

    /** The largest half-width of the 95% intervals, in percentage points: only for shares. */
    public static BigDecimal marginOfError(AnalysisResult result) {
        if (!result.proportion()) {
            return null;
        }
        double widest = result.rows().stream().mapToDouble(r -> (r.upper() - r.lower()) / 2).max().orElse(0);
        return BigDecimal.valueOf(widest * 100).setScale(2, RoundingMode.HALF_UP);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
