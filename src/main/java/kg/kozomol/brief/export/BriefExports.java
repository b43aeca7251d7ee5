package kg.kozomol.brief.export;

import org.springframework.stereotype.Service;
import kg.kozomol.brief.Brief;
import kg.kozomol.platform.KozomolPrincipal;

/** Exports a brief the viewer may read as a PDF or DOCX file in Russian or Kyrgyz. */
@Service
public class BriefExports {

    /** A file ready to be sent. */
    public record Download(String fileName, String contentType, byte[] content) {}

    private final BriefExportContent content;
    private final PdfBriefRenderer pdf;
    private final DocxBriefRenderer docx;

    BriefExports(BriefExportContent content, PdfBriefRenderer pdf, DocxBriefRenderer docx) {
        this.content = content;
        this.pdf = pdf;
        this.docx = docx;
    }

    /**
     * @param brief a brief {@code viewer} may read (checked by the caller through {@code BriefAccess})
     * @param version a published version number, or {@code null} for the brief as it is now
     */
    public Download export(Brief brief, Integer version, KozomolPrincipal viewer, ExportLanguage language,
            ExportFormat format) {
        ExportedBrief exported = version == null ? content.current(brief, viewer, language)
                : content.version(brief, version, viewer, language);
        byte[] bytes = format == ExportFormat.PDF ? pdf.render(exported) : docx.render(exported);
        return new Download(ExportFileName.of(exported, format), format.contentType(), bytes);
    }
}
