/** Exporting briefs to PDF and DOCX; {@link kg.kozomol.brief.export.DocxWriter} is shared with other modules. */
@org.springframework.modulith.NamedInterface("export")
package kg.kozomol.brief.export;
