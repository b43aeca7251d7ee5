package kg.kozomol.platform.web;

/** Keeps redirects on this site: only a path starting with one slash is followed. */
public final class SafeRedirects {

    private SafeRedirects() {}

    public static String localPath(String candidate) {
        if (candidate == null || candidate.isBlank() || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return candidate;
    }
}
