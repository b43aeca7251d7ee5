package kg.kozomol.brief.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Prints an exported brief to PDF: the {@code brief/export} template, laid out by openhtmltopdf with CSS
 * paged media (A4, "page N of M" footers except on the cover), DejaVu Sans embedded as subsets, tagged for
 * screen readers (PDF/UA) and with bookmarks per section.
 */
@Component
class PdfBriefRenderer {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ExportFonts fonts;
    private final String stylesheet;
    // Font metrics are the same for every export; keeping them saves most of a render's font work.
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    PdfBriefRenderer(ITemplateEngine templates, MessageSource messages, ExportFonts fonts) {
        this.templates = templates;
        this.messages = messages;
        this.fonts = fonts;
        this.stylesheet = read("templates/brief/export.css");
        XRLog.setLoggerImpl(new PdfLog());
    }

    byte[] render(ExportedBrief brief) {
        Locale locale = brief.language().locale();
        String footer = PageNumbering.parse(messages.getMessage("brief.export.pageOf", null, locale)).css();
        String css = stylesheet.replace("PAGE_NUMBERS", footer);
        String html = templates.process("brief/export", new Context(locale, Map.of("brief", brief, "stylesheet", css)));
        Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        addBookmarks(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        // Nothing is fetched: fonts come from the application, and rich text holds no images.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Kozomol");
        fonts.register(builder);
        builder.withW3cDocument(document, "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print brief " + brief.briefId(), e);
        }
        return out.toByteArray();
    }

    /** One PDF bookmark per section heading, so a reader can jump straight to the recommendations. */
    private static void addBookmarks(Document document) {
        Element head = (Element) document.getElementsByTagName("head").item(0);
        Element bookmarks = document.createElementNS(head.getNamespaceURI(), "bookmarks");
        NodeList headings = document.getElementsByTagName("h2");
        for (int i = 0; i < headings.getLength(); i++) {
            Element heading = (Element) headings.item(i);
            if (heading.getAttribute("class").contains("section-title") && !heading.getAttribute("id").isEmpty()) {
                Element bookmark = document.createElementNS(head.getNamespaceURI(), "bookmark");
                bookmark.setAttribute("name", heading.getTextContent().trim());
                bookmark.setAttribute("href", "#" + heading.getAttribute("id"));
                bookmarks.appendChild(bookmark);
            }
        }
        head.appendChild(bookmarks);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is missing from the application", e);
        }
    }
}
