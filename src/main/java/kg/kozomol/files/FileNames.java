package kg.kozomol.files;

import java.text.Normalizer;

/** Makes a client-supplied file name safe to show and to send back in a download header. */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** @return the last path segment without control or formatting characters, or {@code null} if nothing is left */
    static String sanitise(String name) {
        if (name == null) {
            return null;
        }
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\'));
        String last = normalised.substring(slash + 1);
        StringBuilder clean = new StringBuilder(last.length());
        last.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && c != ':' && c != '"' && c != '<' && c != '>' && c != '|' && c != '?' && c != '*')
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        // Leading dots would make hidden files or "." / ".." on a disk that someone copies these to.
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isBlank()) {
            return null;
        }
        return shorten(result);
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String base = name.substring(0, MAX_LENGTH - extension.length());
        if (Character.isHighSurrogate(base.charAt(base.length() - 1))) {
            base = base.substring(0, base.length() - 1);
        }
        return base + extension;
    }
}
