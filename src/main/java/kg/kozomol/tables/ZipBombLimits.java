package kg.kozomol.tables;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The ZIP-bomb limits for every workbook this JVM opens. POI keeps them in static fields, so they are set in one
 * place: an entry that inflates more than 100 times (min ratio 0.01) or beyond 100 MB is a bomb, not a spreadsheet.
 */
public final class ZipBombLimits {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private ZipBombLimits() {}

    /** Makes sure the limits are in force before a workbook is opened (the first call sets them). */
    public static void apply() {
        // the static initialiser does the work
    }
}
