package kg.kozomol.platform;

/**
 * A bean that keeps database rows in memory, kept right by the code that changes them. Only tests change rows behind
 * the application's back (they empty every table between test classes); they make such beans forget everything.
 */
public interface RowCache {

    void forgetAll();
}
