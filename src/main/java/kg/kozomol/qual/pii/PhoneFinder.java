package kg.kozomol.qual.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.ArrayList;
import java.util.List;

/** Phone numbers valid in Kyrgyzstan or, written with a + and country code, anywhere (libphonenumber). */
final class PhoneFinder {

    private static final String REGION = "KG";
    /** Kyrgyz numbers have 9 national digits, valid numbers anywhere at least 7; fewer is no phone. */
    private static final int MIN_DIGITS = 7;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** Line by line, and only lines with enough digits for a number: scanning whole transcripts is slow. */
    List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (digits(text, lineStart, lineEnd) >= MIN_DIGITS) {
                String line = text.substring(lineStart, lineEnd);
                for (PhoneNumberMatch match : PHONES.findNumbers(line, REGION, PhoneNumberUtil.Leniency.VALID,
                        Long.MAX_VALUE)) {
                    hits.add(new PiiHit(lineStart + match.start(), lineStart + match.end(), PiiKind.PHONE,
                            match.rawString()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return hits;
    }

    private static int digits(String text, int from, int to) {
        int digits = 0;
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    /** E.164 ("+996555123456"), so different spellings of one number are one number. */
    static String normalise(String phone) {
        try {
            return PHONES.format(PHONES.parse(phone, REGION), PhoneNumberFormat.E164);
        } catch (NumberParseException notAPhone) {
            return phone.replaceAll("\\D", "");
        }
    }
}
