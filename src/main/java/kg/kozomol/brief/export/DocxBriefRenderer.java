package kg.kozomol.brief.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.brief.export.ExportedBrief.Evidence;
import kg.kozomol.brief.export.ExportedBrief.Finding;
import kg.kozomol.brief.export.ExportedBrief.Recommendation;
import kg.kozomol.brief.export.ExportedBrief.Section;
import kg.kozomol.brief.export.ExportedBrief.Text;

/** Writes an exported brief as a Word document with the same parts, in the same order, as the PDF. */
@Component
class DocxBriefRenderer {

    private static final String[] COLUMNS = {"number", "reference", "text", "lead", "supporting", "due"};
    private static final int[] WIDTHS = {5, 15, 28, 18, 21, 13};
    private static final double TABLE_TEXT = 8.5;

    private final MessageSource messages;

    DocxBriefRenderer(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(ExportedBrief brief) {
        Locale locale = brief.language().locale();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxWriter writer = new DocxWriter(document, brief.language());
            document.getProperties().getCoreProperties().setTitle(brief.cover().title().value());
            document.getProperties().getCoreProperties().setCreator(brief.cover().organisation());
            cover(writer, brief, locale);
            for (Section section : brief.sections()) {
                if (!section.text().isEmpty() || !section.facts().isEmpty()) {
                    writer.heading(1, message(locale, "BriefSection." + section.section()));
                    text(writer, section.text(), 1, locale);
                    section.facts().forEach(f -> writer.labelled(message(locale, f.labelKey()), f.value()));
                }
            }
            findings(writer, brief, locale);
            recommendations(writer, brief, locale);
            annexes(writer, brief, locale);
            writer.footer(PageNumbering.parse(message(locale, "brief.export.pageOf")));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write brief " + brief.briefId(), e);
        }
    }

    private void cover(DocxWriter writer, ExportedBrief brief, Locale locale) {
        ExportedBrief.Cover cover = brief.cover();
        XWPFRun organisation = writer.paragraph().createRun();
        organisation.setBold(true);
        organisation.setFontSize(13);
        organisation.setColor(DocxWriter.ACCENT);
        organisation.setText(cover.organisation());
        if (cover.demo()) {
            writer.note(message(locale, "brief.export.demo"), DocxWriter.NOTE);
        }
        writer.heading(0, cover.title().value());
        if (cover.title().fallback()) {
            writer.note(message(locale, "brief.export.fallback"), DocxWriter.NOTE);
        }
        writer.labelled(message(locale, "brief.theme"), cover.theme());
        if (!cover.authors().isEmpty()) {
            writer.labelled(message(locale, "brief.authors"), String.join(", ", cover.authors()));
        }
        writer.labelled(message(locale, "brief.status"), message(locale, "BriefStatus." + cover.status()));
        if (cover.version() > 0) {
            writer.labelled(message(locale, "brief.export.version"),
                    message(locale, "brief.version.label", cover.version(), cover.date()));
        } else {
            writer.labelled(message(locale, "brief.export.date"), cover.date());
        }
        if (cover.status() == BriefStatus.WITHDRAWN) {
            writer.note(message(locale, "brief.withdrawn.banner"), DocxWriter.WARNING);
        }
        writer.pageBreak();
    }

    private void findings(DocxWriter writer, ExportedBrief brief, Locale locale) {
        writer.heading(1, message(locale, "BriefSection.FINDINGS"));
        text(writer, brief.findingsText(), 1, locale);
        if (brief.findings().isEmpty() && brief.findingsText().isEmpty()) {
            writer.paragraph(message(locale, "brief.finding.none"));
        }
        for (Finding finding : brief.findings()) {
            writer.heading(2, message(locale, "brief.finding.heading", finding.position(), finding.title().value()));
            if (finding.title().fallback() && finding.text().isEmpty()) {
                writer.note(message(locale, "brief.export.fallback"), DocxWriter.NOTE);
            }
            text(writer, finding.text(), 2, locale);
            writer.heading(4, message(locale, "brief.evidence"));
            if (finding.evidence().isEmpty()) {
                writer.paragraph(message(locale, "brief.evidence.none"));
            }
            finding.evidence().forEach(e -> evidence(writer, e, brief.policyMargin(), locale));
        }
    }

    private void evidence(DocxWriter writer, Evidence item, String policyMargin, Locale locale) {
        XWPFParagraph title = writer.paragraph();
        title.setKeepNext(true);
        XWPFRun kind = title.createRun();
        kind.setColor(DocxWriter.GREY);
        kind.setFontSize(8);
        kind.setText(message(locale, "EvidenceKind." + item.kind()).toUpperCase(locale) + "  ");
        XWPFRun name = title.createRun();
        name.setBold(true);
        name.setText(item.title());
        if (item.belowPolicyGrade()) {
            XWPFRun badge = writer.paragraph().createRun();
            badge.setBold(true);
            badge.setColor(DocxWriter.WARNING);
            badge.setText(message(locale, "brief.evidence.belowPolicyGrade", policyMargin));
        }
        if (item.content() != null) {
            XWPFParagraph content = writer.paragraph(item.content());
            if (item.kind() == EvidenceKind.QUOTE) {
                content.setIndentationLeft(360);
                content.getRuns().forEach(r -> r.setItalic(true));
            }
        }
        if (!item.table().isEmpty()) {
            evidenceTable(writer, item.table());
        }
        if (item.url() != null) {
            DocxRichText.link(writer.paragraph(), item.url(), item.url());
        }
        if (item.source() != null) {
            writer.note(message(locale, "brief.export.labelled", message(locale, "brief.evidence.source"), item.source()),
                    DocxWriter.GREY);
        }
        List<String> precision = new ArrayList<>();
        if (item.unweightedN() != null) {
            precision.add(message(locale, "brief.export.labelled", message(locale, "brief.evidence.n"), item.unweightedN()));
        }
        if (item.marginOfError() != null) {
            precision.add(message(locale, "brief.export.labelled", message(locale, "brief.evidence.moe"), item.marginOfError()));
        }
        if (item.designEffect() != null) {
            precision.add(message(locale, "brief.export.labelled", message(locale, "brief.evidence.deff"), item.designEffect()));
        }
        if (!precision.isEmpty()) {
            writer.note(String.join("    ", precision), DocxWriter.GREY).getRuns().forEach(r -> r.setItalic(false));
        }
    }

    private static void evidenceTable(DocxWriter writer, List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = writer.table(rows.size(), columns, true);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                DocxWriter.cell(table.getRow(r).getCell(c), rows.get(r).get(c), r == 0, TABLE_TEXT);
            }
        }
        writer.paragraph();
    }

    private void recommendations(DocxWriter writer, ExportedBrief brief, Locale locale) {
        writer.heading(1, message(locale, "BriefSection.RECOMMENDATIONS"));
        List<Recommendation> rows = brief.recommendations();
        if (rows.isEmpty()) {
            writer.paragraph(message(locale, "brief.recommendations.none"));
            return;
        }
        XWPFTable table = writer.table(rows.size() + 1, COLUMNS.length, true);
        DocxWriter.columns(table, WIDTHS);
        XWPFTableRow header = table.getRow(0);
        for (int c = 0; c < COLUMNS.length; c++) {
            DocxWriter.cell(header.getCell(c), message(locale, "brief.export.column." + COLUMNS[c]), true, TABLE_TEXT);
        }
        for (int i = 0; i < rows.size(); i++) {
            Recommendation r = rows.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            String text = r.text().value() + (r.text().fallback() ? " " + message(locale, "brief.export.fallback.short") : "");
            String[] values = {Integer.toString(r.number()), r.reference(), text, r.lead(), String.join("\n", r.supporting()),
                    r.released() ? r.due() : message(locale, "brief.export.notReleased")};
            for (int c = 0; c < values.length; c++) {
                DocxWriter.cell(row.getCell(c), values[c], false, TABLE_TEXT);
            }
        }
    }

    private void annexes(DocxWriter writer, ExportedBrief brief, Locale locale) {
        writer.heading(1, message(locale, "BriefSection.ANNEXES"));
        if (brief.annexes().isEmpty()) {
            writer.paragraph(message(locale, "brief.annex.none"));
            return;
        }
        var list = writer.list(true);
        brief.annexes().forEach(name -> writer.listItem(list, 0).createRun().setText(name));
    }

    private void text(DocxWriter writer, Text text, int below, Locale locale) {
        if (text.isEmpty()) {
            return;
        }
        if (text.fallback()) {
            writer.note(message(locale, "brief.export.fallback"), DocxWriter.NOTE);
        }
        DocxRichText.write(writer, text.value(), below);
    }

    private String message(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
