package kg.kozomol.brief.export;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document being written: A4 pages, DejaVu Sans, real heading styles (so Word's navigation pane and
 * table of contents see them), real bulleted and numbered lists, tables, and a footer with page fields. Other
 * modules write their Word documents with it too, so every export looks alike.
 */
public final class DocxWriter {

    static final String ACCENT = "0B4F6C";
    static final String NOTE = "7A4B00";
    public static final String GREY = "4A4A4A";
    static final String WARNING = "8A1C00";
    private static final String BORDER = "8C9AA0";
    // A4 (11906 twips) less the left and right margins set in pageSetup().
    private static final int TEXT_WIDTH = 11906 - 1134 - 1020;
    private static final int[] HEADING_HALF_POINTS = {44, 30, 25, 23, 21};

    private final XWPFDocument document;
    private final XWPFNumbering numbering;
    private final BigInteger bullets;
    private final BigInteger numbers;

    public DocxWriter(XWPFDocument document, ExportLanguage language) {
        this.document = document;
        pageSetup();
        styles(language);
        numbering = document.createNumbering();
        bullets = numbering.addAbstractNum(new XWPFAbstractNum(listDefinition(BigInteger.ONE, false)));
        numbers = numbering.addAbstractNum(new XWPFAbstractNum(listDefinition(BigInteger.TWO, true)));
    }

    public XWPFDocument document() {
        return document;
    }

    /** Level 0 is the document title; 1 a section; 2 to 4 headings inside a section. */
    public XWPFParagraph heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(level == 0 ? "Title" : "Heading" + Math.min(level, 4));
        if (!text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    XWPFParagraph paragraph() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(100);
        return paragraph;
    }

    public XWPFParagraph paragraph(String text) {
        XWPFParagraph paragraph = paragraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /** A short remark in italics, e.g. that a text is shown in the other language. */
    public XWPFParagraph note(String text, String colour) {
        XWPFParagraph paragraph = paragraph();
        XWPFRun run = paragraph.createRun();
        run.setItalic(true);
        run.setColor(colour);
        run.setFontSize(8.5);
        run.setText(text);
        return paragraph;
    }

    /** A bold label followed by its value on one line. */
    public XWPFParagraph labelled(String label, String value) {
        XWPFParagraph paragraph = paragraph();
        XWPFRun name = paragraph.createRun();
        name.setBold(true);
        name.setText(label + ": ");
        paragraph.createRun().setText(value);
        return paragraph;
    }

    /** A new list whose numbering starts again at 1; its items use {@link #listItem}. */
    BigInteger list(boolean ordered) {
        BigInteger id = numbering.addNum(ordered ? numbers : bullets);
        CTNumLvl restart = numbering.getNum(id).getCTNum().addNewLvlOverride();
        restart.setIlvl(BigInteger.ZERO);
        restart.addNewStartOverride().setVal(BigInteger.ONE);
        return id;
    }

    XWPFParagraph listItem(BigInteger list, int level) {
        XWPFParagraph paragraph = paragraph();
        paragraph.setSpacingAfter(40);
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(Math.min(level, 8)));
        return paragraph;
    }

    /** A full-width table with thin grey borders; the first row is repeated on every page when a header. */
    public XWPFTable table(int rows, int columns, boolean header) {
        XWPFTable table = document.createTable(Math.max(rows, 1), Math.max(columns, 1));
        table.setWidth("100%");
        XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(line, 4, 0, BORDER);
        table.setBottomBorder(line, 4, 0, BORDER);
        table.setLeftBorder(line, 4, 0, BORDER);
        table.setRightBorder(line, 4, 0, BORDER);
        table.setInsideHBorder(line, 4, 0, BORDER);
        table.setInsideVBorder(line, 4, 0, BORDER);
        if (header) {
            table.getRow(0).setRepeatHeader(true);
            table.getRow(0).getTableCells().forEach(cell -> cell.setColor("E6EFF2"));
        }
        return table;
    }

    /** Fixes the columns' shares of the text width, so that Word and LibreOffice lay the table out alike. */
    public static void columns(XWPFTable table, int... percents) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        for (int c = 0; c < percents.length; c++) {
            BigInteger width = BigInteger.valueOf((long) TEXT_WIDTH * percents[c] / 100);
            grid.addNewGridCol().setW(width);
            for (var row : table.getRows()) {
                row.getCell(c).setWidth(width.toString());
            }
        }
    }

    /** Writes plain text into a cell, one paragraph per line. */
    public static void cell(XWPFTableCell cell, String text, boolean bold, double size) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        String[] lines = text == null ? new String[] {""} : text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph target = i == 0 ? paragraph : cell.addParagraph();
            XWPFRun run = target.createRun();
            run.setBold(bold);
            run.setFontSize(size);
            run.setText(lines[i]);
        }
    }

    void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** "Page N of M" on every page but the first (the cover), in the language's own word order. */
    void footer(PageNumbering numbering) {
        XWPFFooter first = document.createFooter(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
        XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        for (PageNumbering.Part part : numbering.parts()) {
            if (part.field() == null) {
                footerRun(paragraph).setText(part.text());
            } else {
                field(paragraph, part.field());
            }
        }
    }

    private static void field(XWPFParagraph paragraph, String name) {
        footerRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = footerRun(paragraph).getCTR().addNewInstrText();
        instruction.setStringValue(" " + name + " ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        footerRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        footerRun(paragraph).setText("1");
        footerRun(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun footerRun(XWPFParagraph paragraph) {
        XWPFRun run = paragraph.createRun();
        run.setFontSize(8);
        run.setColor(GREY);
        return run;
    }

    private void pageSetup() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1247));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1020));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    private void styles(ExportLanguage language) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(ExportFonts.FAMILY);
        fonts.setHAnsi(ExportFonts.FAMILY);
        fonts.setCs(ExportFonts.FAMILY);
        fonts.setEastAsia(ExportFonts.FAMILY);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(language == ExportLanguage.KY ? "ky-KG" : "ru-RU");
        styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr().addNewSz().setVal(BigInteger.valueOf(20));
        for (int level = 0; level < HEADING_HALF_POINTS.length; level++) {
            styles.addStyle(new XWPFStyle(heading(level)));
        }
    }

    private static CTStyle heading(int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(level == 0 ? "Title" : "Heading" + level);
        style.addNewName().setVal(level == 0 ? "Title" : "heading " + level);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(level == 0 ? 2400 : level == 1 ? 360 : 200));
        spacing.setAfter(BigInteger.valueOf(level == 0 ? 480 : 120));
        if (level > 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level]));
        run.addNewColor().setVal(level == 1 ? ACCENT : "111111");
        return style;
    }

    private static CTAbstractNum listDefinition(BigInteger id, boolean ordered) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        for (int level = 0; level < 9; level++) {
            CTLvl definition = list.addNewLvl();
            definition.setIlvl(BigInteger.valueOf(level));
            definition.addNewStart().setVal(BigInteger.ONE);
            definition.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            definition.addNewLvlText().setVal(ordered ? "%" + (level + 1) + "." : level % 2 == 0 ? "•" : "◦");
            definition.addNewLvlJc().setVal(STJc.LEFT);
            var indent = definition.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(360L * (level + 1)));
            indent.setHanging(BigInteger.valueOf(360));
        }
        return list;
    }
}
