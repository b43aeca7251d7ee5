package kg.kozomol.collect;

import java.time.Instant;

/** One uploaded version of a form: the workbook it came from and the MD5 of the XForm served for it. */
public record FormVersion(long id, long formId, String formVersion, String title, String xlsxName, String md5,
        Instant createdAt) {
}
