package kg.kozomol.study.web;

import java.text.NumberFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers of a calculation with a fixed number of decimals in the reader's language; templates call it as
 * {@code @studyFigures}. Anything that is not a finite number shows as a dash, never as NaN or ∞.
 */
@Component("studyFigures")
public class StudyFigures {

    public String decimal(Number value, int places) {
        if (value == null || Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue())) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        return format.format(value.doubleValue());
    }

    /** A fraction shown as a percentage, e.g. 0.06 → 6%. */
    public String percent(Number fraction) {
        if (fraction == null || Double.isNaN(fraction.doubleValue()) || Double.isInfinite(fraction.doubleValue())) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(fraction.doubleValue());
    }
}
