package kg.kozomol.qual.pii;

import java.util.Locale;

/** Lower case with the letters people type interchangeably folded: ё→е and Kyrgyz ө→о, ү→у, ң→н, һ→х. */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            folded.append(switch (c) {
                case 'ё' -> 'е';
                case 'ө' -> 'о';
                case 'ү' -> 'у';
                case 'ң' -> 'н';
                case 'һ' -> 'х';
                case '’', '`' -> '\'';
                default -> c;
            });
        }
        return folded.toString();
    }
}
