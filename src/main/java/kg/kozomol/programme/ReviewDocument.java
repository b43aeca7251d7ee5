package kg.kozomol.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.brief.export.DocxWriter;
import kg.kozomol.brief.export.ExportLanguage;
import kg.kozomol.identity.Organisations;

/**
 * The consolidated design review as a Word document, ready to submit to the public discussion of the draft: the
 * programme, the panel's evaluability scores with their justifications, and the comments node by node.
 */
@Component
public class ReviewDocument {

    private final Programmes programmes;
    private final ResultsFramework framework;
    private final DesignReviews reviews;
    private final Organisations organisations;
    private final MessageSource messages;

    ReviewDocument(Programmes programmes, ResultsFramework framework, DesignReviews reviews, Organisations organisations,
            MessageSource messages) {
        this.programmes = programmes;
        this.framework = framework;
        this.reviews = reviews;
        this.organisations = organisations;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public byte[] docx(long programmeId, Locale locale) {
        Programme programme = programmes.require(programmeId);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxWriter writer = new DocxWriter(document, ExportLanguage.of(locale));
            writer.heading(0, text(locale, "programme.review.doc.title", programme.title(locale)));
            writer.labelled(text(locale, "programme.reference"), programme.reference());
            writer.labelled(text(locale, "programme.owner"), organisations.require(programme.ownerBodyId()).name(locale));
            writer.labelled(text(locale, "programme.status"), text(locale, "ProgrammeStatus." + programme.status()));
            writer.labelled(text(locale, "programme.review.panel"), reviews.panel(programmeId).stream().map(PanelMember::fullName)
                    .collect(Collectors.joining(", ")));
            scores(writer, reviews.scores(programmeId), locale);
            comments(writer, programmeId, locale);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scores(DocxWriter writer, List<EvaluabilityScore> scores, Locale locale) {
        writer.heading(1, text(locale, "programme.review.scores"));
        if (scores.isEmpty()) {
            writer.paragraph(text(locale, "programme.review.scores.none"));
            return;
        }
        XWPFTable table = writer.table(scores.size() + 1, 4, true);
        DocxWriter.columns(table, 25, 20, 10, 45);
        String[] header = {text(locale, "programme.review.criterion"), text(locale, "programme.review.expert"),
                text(locale, "programme.review.score"), text(locale, "programme.review.justification")};
        for (int c = 0; c < header.length; c++) {
            DocxWriter.cell(table.getRow(0).getCell(c), header[c], true, 9);
        }
        for (int r = 0; r < scores.size(); r++) {
            EvaluabilityScore s = scores.get(r);
            DocxWriter.cell(table.getRow(r + 1).getCell(0), text(locale, "EvaluabilityCriterion." + s.criterion()), false, 9);
            DocxWriter.cell(table.getRow(r + 1).getCell(1), s.expertName(), false, 9);
            DocxWriter.cell(table.getRow(r + 1).getCell(2), s.score() + " / " + EvaluabilityCriterion.MAX_SCORE, false, 9);
            DocxWriter.cell(table.getRow(r + 1).getCell(3), s.justification(), false, 9);
        }
    }

    private void comments(DocxWriter writer, long programmeId, Locale locale) {
        writer.heading(1, text(locale, "programme.review.comments"));
        Map<Long, List<ReviewComment>> byNode = reviews.comments(programmeId).stream().filter(c -> c.nodeId() != null)
                .collect(Collectors.groupingBy(ReviewComment::nodeId));
        List<ReviewComment> general = reviews.comments(programmeId).stream().filter(c -> c.nodeId() == null).toList();
        if (!general.isEmpty()) {
            writer.heading(2, text(locale, "programme.review.general"));
            general.forEach(c -> writer.labelled(c.expertName(), c.body()));
        }
        for (FrameworkNode node : framework.tree(programmeId)) {
            List<ReviewComment> onNode = byNode.getOrDefault(node.id(), List.of());
            if (!onNode.isEmpty()) {
                writer.heading(2, text(locale, "programme.node.heading", text(locale, "NodeKind." + node.kind()), node.titleRu()));
                onNode.forEach(c -> writer.labelled(c.expertName(), c.body()));
            }
        }
        if (general.isEmpty() && byNode.isEmpty()) {
            writer.paragraph(text(locale, "programme.review.comments.none"));
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
