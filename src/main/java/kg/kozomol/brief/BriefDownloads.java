package kg.kozomol.brief;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.brief.export.BriefExports;
import kg.kozomol.brief.export.ExportFormat;
import kg.kozomol.brief.export.ExportLanguage;

/**
 * PDF and DOCX files of public briefs for anonymous readers. A brief is public when the portal says so
 * ({@code portal_brief}: published or withdrawn, and past its embargo); the file lists released recommendations only.
 */
@Service
public class BriefDownloads {

    /** A file ready to be sent. */
    public record File(String fileName, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final BriefRows rows;
    private final BriefExports exports;

    BriefDownloads(JdbcClient jdbc, BriefRows rows, BriefExports exports) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.exports = exports;
    }

    /**
     * @param language {@code ru} or {@code ky}, or null for the reader's {@code locale}
     * @param extension {@code pdf} or {@code docx}
     * @return empty when the brief is not public, or the language or the type is not one of ours
     */
    @Transactional(readOnly = true)
    public Optional<File> publicFile(long briefId, String language, Locale locale, String extension) {
        Optional<ExportLanguage> lang = language == null ? Optional.of(ExportLanguage.of(locale)) : ExportLanguage.parse(language);
        Optional<ExportFormat> format = java.util.Arrays.stream(ExportFormat.values())
                .filter(f -> f.extension().equals(extension)).findFirst();
        boolean isPublic = jdbc.sql("select exists (select 1 from portal_brief where id = :id)").param("id", briefId)
                .query(Boolean.class).single();
        if (lang.isEmpty() || format.isEmpty() || !isPublic) {
            return Optional.empty();
        }
        Brief brief = rows.find(briefId).orElseThrow();
        BriefExports.Download download = exports.export(brief, null, null, lang.get(), format.get());
        return Optional.of(new File(download.fileName(), download.contentType(), download.content()));
    }
}
