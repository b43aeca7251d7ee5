package kg.kozomol.brief.export;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Writes a brief's sanitised rich text into a Word document: {@code h2}–{@code h4} become headings below the
 * one the text sits under (heading 1 for a section, 2 for a finding), paragraphs, bulleted and numbered lists (nested too), tables, links, bold and
 * italics. Only the elements {@code RichText} lets through are expected; anything else is read as text.
 */
final class DocxRichText {

    private static final Set<String> BLOCKS = Set.of("h2", "h3", "h4", "p", "ul", "ol", "table");

    private DocxRichText() {}

    /** @param below the heading level the text sits under: its {@code h2} becomes a heading one level deeper */
    static void write(DocxWriter out, String html, int below) {
        if (html == null || html.isBlank()) {
            return;
        }
        blocks(out, Jsoup.parseBodyFragment(html).body().childNodes(), below);
    }

    private static void blocks(DocxWriter out, List<Node> nodes, int below) {
        XWPFParagraph loose = null;
        for (Node node : nodes) {
            if (node instanceof Element element && BLOCKS.contains(element.tagName())) {
                loose = null;
                block(out, element, below);
            } else if (!(node instanceof TextNode text && text.isBlank())) {
                loose = loose == null ? out.paragraph() : loose;
                inline(loose, node, false, false);
            }
        }
    }

    private static void block(DocxWriter out, Element element, int below) {
        switch (element.tagName()) {
            case "h2", "h3", "h4" -> inline(out.heading(below + element.tagName().charAt(1) - '1', ""), element, false, false);
            case "ul", "ol" -> list(out, element, 0);
            case "table" -> table(out, element);
            default -> inline(out.paragraph(), element, false, false);
        }
    }

    private static void list(DocxWriter out, Element list, int level) {
        BigInteger id = out.list(list.tagName().equals("ol"));
        for (Element item : list.children()) {
            XWPFParagraph paragraph = out.listItem(id, level);
            for (Node child : item.childNodes()) {
                if (child instanceof Element nested && (nested.tagName().equals("ul") || nested.tagName().equals("ol"))) {
                    list(out, nested, level + 1);
                } else {
                    inline(paragraph, child, false, false);
                }
            }
        }
    }

    private static void table(DocxWriter out, Element element) {
        Elements rows = element.select("tr");
        int columns = rows.stream().mapToInt(r -> r.select("> th, > td").size()).max().orElse(1);
        boolean header = !rows.isEmpty() && rows.get(0).select("> td").isEmpty();
        XWPFTable table = out.table(rows.size(), columns, header);
        for (int r = 0; r < rows.size(); r++) {
            Elements cells = rows.get(r).select("> th, > td");
            for (int c = 0; c < cells.size(); c++) {
                inline(table.getRow(r).getCell(c).getParagraphs().get(0), cells.get(c), cells.get(c).tagName().equals("th"), false);
            }
        }
        out.paragraph();
    }

    private static void inline(XWPFParagraph paragraph, Node node, boolean bold, boolean italic) {
        if (node instanceof TextNode text) {
            String words = text.text().replaceAll("\\s+", " ");
            if (paragraph.getRuns().isEmpty()) {
                words = words.stripLeading();
            }
            if (!words.isEmpty()) {
                XWPFRun run = paragraph.createRun();
                run.setBold(bold);
                run.setItalic(italic);
                run.setText(words);
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.tagName()) {
            case "br" -> paragraph.createRun().addBreak();
            case "a" -> link(paragraph, element.attr("href"), element.text());
            default -> {
                boolean strong = bold || element.tagName().equals("strong") || element.tagName().equals("b");
                boolean emphasis = italic || element.tagName().equals("em") || element.tagName().equals("i");
                for (Node child : element.childNodes()) {
                    inline(paragraph, child, strong, emphasis);
                }
            }
        }
    }

    /** A link Word opens on a click, shown underlined in the accent colour. */
    static void link(XWPFParagraph paragraph, String href, String label) {
        String text = label == null || label.isBlank() ? href : label;
        XWPFRun run;
        try {
            run = href.isBlank() ? paragraph.createRun() : paragraph.createHyperlinkRun(href);
        } catch (IllegalArgumentException e) {
            // An address Word cannot hold as a link stays readable as text.
            run = paragraph.createRun();
            text = text.equals(href) ? text : text + " (" + href + ")";
        }
        run.setText(text);
        run.setUnderline(UnderlinePatterns.SINGLE);
        run.setColor(DocxWriter.ACCENT);
    }
}
