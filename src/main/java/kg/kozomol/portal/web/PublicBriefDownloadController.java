package kg.kozomol.portal.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.brief.BriefDownloads;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.portal.PortalPaths;

/** PDF and DOCX of a public brief for anyone, without logging in; anything not public is "not found". */
@Controller
class PublicBriefDownloadController {

    private final BriefDownloads downloads;

    PublicBriefDownloadController(BriefDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(PortalPaths.BRIEFS + "/{key}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("key") String key, @RequestParam(name = "lang", required = false) String lang) {
        return download(key, lang, "pdf");
    }

    @GetMapping(PortalPaths.BRIEFS + "/{key}.docx")
    ResponseEntity<byte[]> docx(@PathVariable("key") String key, @RequestParam(name = "lang", required = false) String lang) {
        return download(key, lang, "docx");
    }

    private ResponseEntity<byte[]> download(String key, String lang, String extension) {
        BriefDownloads.File file = downloads.publicFile(Canonical.id(key), lang, LocaleContextHolder.getLocale(), extension)
                .orElseThrow(() -> new NotFoundException("public brief file " + key + "." + extension));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
