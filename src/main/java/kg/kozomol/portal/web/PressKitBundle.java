package kg.kozomol.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.BriefDownloads;
import kg.kozomol.brief.PressKit;
import kg.kozomol.chart.BarChart;
import kg.kozomol.chart.ChartPng;
import kg.kozomol.chart.ChartSvg;

/**
 * The whole press kit as one ZIP: summary.md (summary, figures, quotes, contact), key-figures.csv (UTF-8 with BOM so
 * Excel shows Cyrillic), the chart as SVG and PNG, and the brief as PDF while the brief is public.
 */
@Component
class PressKitBundle {

    private final PortalMeta meta;
    private final BriefDownloads downloads;

    PressKitBundle(PortalMeta meta, BriefDownloads downloads) {
        this.meta = meta;
        this.downloads = downloads;
    }

    byte[] zip(PressKitPage page, BarChart chart, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "summary.md", summary(page, locale).getBytes(StandardCharsets.UTF_8));
            entry(zip, "key-figures.csv", csv(page, locale));
            if (chart != null) {
                entry(zip, "chart.svg", ChartSvg.render(chart, "chart").getBytes(StandardCharsets.UTF_8));
                entry(zip, "chart.png", ChartPng.render(chart));
            }
            var pdf = downloads.publicFile(page.briefId(), null, locale, "pdf");
            if (pdf.isPresent()) {
                entry(zip, pdf.get().fileName(), pdf.get().content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private byte[] csv(PressKitPage page, Locale locale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // lets Excel recognise UTF-8 and show Cyrillic correctly
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(meta.message("portal.kit.figure.label"),
                    meta.message("portal.kit.figure.value"), meta.message("portal.kit.figure.unit"),
                    meta.message("portal.kit.figure.source")).get());
            for (PressKit.KeyFigure figure : page.kit().figures()) {
                csv.printRecord(figure.label().in(locale), figure.value().toPlainString(),
                        figure.unit() == null ? "" : figure.unit(), nullToEmpty(page.source(figure, locale)));
            }
            csv.flush();
        }
        return bytes.toByteArray();
    }

    private String summary(PressKitPage page, Locale locale) {
        PressKit kit = page.kit();
        StringBuilder md = new StringBuilder("# ").append(page.title().in(locale)).append("\n\n");
        md.append(kit.summary().in(locale)).append("\n\n");
        if (!kit.figures().isEmpty()) {
            md.append("## ").append(meta.message("portal.kit.figures")).append("\n\n");
            for (PressKit.KeyFigure figure : kit.figures()) {
                md.append("- ").append(figure.label().in(locale)).append(": ").append(PressKitPage.value(figure, locale));
                String source = page.source(figure, locale);
                md.append(source == null ? "" : " (" + meta.message("portal.kit.source", source) + ")").append('\n');
            }
            md.append('\n');
        }
        if (!kit.quotes().isEmpty()) {
            md.append("## ").append(meta.message("portal.kit.quotes")).append("\n\n");
            for (PressKit.Quote quote : kit.quotes()) {
                md.append("> ").append(quote.text().in(locale).replace("\n", "\n> ")).append("\n\n");
            }
        }
        PressKit.Contact contact = kit.contact();
        md.append("## ").append(meta.message("portal.kit.contact")).append("\n\n");
        for (String line : new String[] {contact.name(), contact.email(), contact.phone()}) {
            if (line != null && !line.isBlank()) {
                md.append(line).append("  \n");
            }
        }
        md.append('\n').append(meta.absolute(page.briefPath())).append('\n');
        return md.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
