package kg.kozomol.files;

import kg.kozomol.platform.KozomolPrincipal;

/**
 * A feature's say on who may read its files (for example: attachments of a published brief are public).
 * When any rule supports a file, the rules decide; otherwise the file's {@link FileVisibility} does.
 */
public interface FileAccessRule {

    boolean supports(StoredFile file);

    /** @param user the signed-in user, or {@code null} for an anonymous visitor */
    boolean canRead(StoredFile file, KozomolPrincipal user);
}
