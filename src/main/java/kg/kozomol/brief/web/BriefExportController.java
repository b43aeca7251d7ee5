package kg.kozomol.brief.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.export.BriefExports;
import kg.kozomol.brief.export.ExportFormat;
import kg.kozomol.brief.export.ExportLanguage;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * Downloads of a brief as PDF or DOCX, in Russian or Kyrgyz, as it is now or as one published version was.
 * Whoever may read the brief may download it; anyone else is told it does not exist.
 */
@Controller
class BriefExportController {

    private final BriefAccess access;
    private final BriefExports exports;

    BriefExportController(BriefAccess access, BriefExports exports) {
        this.access = access;
        this.exports = exports;
    }

    @GetMapping("/briefs/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") long id, @RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "version", required = false) Integer version) {
        return export(id, lang, version, ExportFormat.PDF);
    }

    @GetMapping("/briefs/{id}/export.docx")
    ResponseEntity<byte[]> docx(@PathVariable("id") long id, @RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "version", required = false) Integer version) {
        return export(id, lang, version, ExportFormat.DOCX);
    }

    private ResponseEntity<byte[]> export(long id, String lang, Integer version, ExportFormat format) {
        ExportLanguage language = lang == null ? ExportLanguage.of(LocaleContextHolder.getLocale())
                : ExportLanguage.parse(lang).orElseThrow(ExportLanguageException::new);
        KozomolPrincipal user = CurrentUser.required();
        Brief brief = access.readable(id, user);
        BriefExports.Download download = exports.export(brief, version, user, language, format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName()).build()
                        .toString())
                .body(download.content());
    }

    /** A {@code lang} other than {@code ru} or {@code ky}. */
    static class ExportLanguageException extends RuntimeException {
        ExportLanguageException() {
            super("export language must be ru or ky");
        }
    }
}
