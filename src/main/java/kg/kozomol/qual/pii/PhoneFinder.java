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
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        for (PhoneNumberMatch match : PHONES.findNumbers(text, REGION, PhoneNumberUtil.Leniency.VALID,
                Long.MAX_VALUE)) {
            hits.add(new PiiHit(match.start(), match.end(), PiiKind.PHONE, match.rawString()));
        }
        return hits;
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
