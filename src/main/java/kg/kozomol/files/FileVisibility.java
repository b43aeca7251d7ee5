package kg.kozomol.files;

/** Who may read a file when no {@link FileAccessRule} of the owning feature decides. */
public enum FileVisibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Members of the file's organisation, the uploader and administrators. */
    ORGANISATION,
    /** The uploader and administrators. */
    OWNER
}
