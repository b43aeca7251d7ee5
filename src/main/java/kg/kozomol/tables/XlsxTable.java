package kg.kozomol.tables;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook as a stream of SAX events, so a large sheet never sits in memory as
 * cell objects. Dates come out as ISO dates, whole numbers without ".0", and a formula as its text: nothing in an
 * uploaded workbook is ever evaluated.
 */
final class XlsxTable {

    /** Columns beyond this are ignored: no import or survey file we read is wider. */
    private static final int MAX_COLUMNS = 256;

    static {
        ZipBombLimits.apply();
    }

    private XlsxTable() {}

    static RawTable read(Path file, int maxRows) throws IOException {
        Collecting rows = new Collecting(maxRows);
        stream(file, rows, true);
        return rows.table();
    }

    /** Every sheet in workbook order, or only the first. */
    static void stream(Path file, TableVisitor visitor, boolean firstOnly) throws IOException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableFileException(TableFileException.Reason.BAD_XLSX);
            }
            do {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    SheetHandler handler = new SheetHandler(strings, styles, sheets.getSheetName(), visitor);
                    xml.setContentHandler(handler);
                    try {
                        xml.parse(new InputSource(sheet));
                    } catch (SAXException e) {
                        if (handler.visitorFailure != null) {
                            throw new VisitorFailure(handler.visitorFailure);
                        }
                        throw e;
                    }
                }
            } while (!firstOnly && sheets.hasNext());
        } catch (TableFileException e) {
            throw e;
        } catch (VisitorFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (SAXException e) {
            if (e.getCause() instanceof TableFileException refused) {
                throw refused;
            }
            throw unreadable(e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** POI reports a ZIP bomb as a plain IOException, possibly wrapped, so only its message tells it apart. */
    private static TableFileException unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return new TableFileException(TableFileException.Reason.ZIP_BOMB);
            }
        }
        return new TableFileException(TableFileException.Reason.BAD_XLSX);
    }

    /** What the visitor threw, kept apart from the reader's own failures. */
    private static final class VisitorFailure extends RuntimeException {
        VisitorFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private static final class SheetHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final StylesTable styles;
        private final String name;
        private final TableVisitor visitor;
        private boolean headerRead;
        private boolean wanted = true;
        private RuntimeException visitorFailure;

        private int rowNumber;
        private List<String> cells;
        private int column;
        private String type;
        private String style;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private StringBuilder collecting;

        SheetHandler(SharedStrings strings, StylesTable styles, String name, TableVisitor visitor) {
            this.strings = strings;
            this.styles = styles;
            this.name = name;
            this.visitor = visitor;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? (cells == null ? 0 : cells.size()) : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                    formula.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> collecting = value;
                case "f" -> collecting = formula;
                case "t" -> collecting = "inlineStr".equals(type) ? inline : null;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting != null) {
                collecting.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "f", "t" -> collecting = null;
                case "c" -> {
                    if (cells != null && column < MAX_COLUMNS) {
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        cells.add(text());
                    }
                }
                case "row" -> endRow();
                default -> { }
            }
        }

        private void endRow() throws SAXException {
            if (cells == null) {
                return;
            }
            try {
                if (!headerRead) {
                    headerRead = true;
                    wanted = visitor.sheet(name, cells);
                } else if (wanted && cells.stream().anyMatch(c -> !c.isBlank())) {
                    visitor.row(new RawTable.Row(rowNumber, cells));
                }
            } catch (RuntimeException e) {
                // carried through the parser and rethrown as it was, whatever the visitor threw
                visitorFailure = e;
                throw new SAXException(e);
            }
            cells = null;
        }

        private String text() {
            if (!formula.isEmpty()) {
                return "=" + formula;
            }
            String raw = value.toString();
            if (type == null || "n".equals(type)) {
                return raw.isEmpty() ? "" : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "inlineStr" -> inline.toString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> raw; // "str" (a formula's cached text) and "e" (an error such as #N/A)
            };
        }

        private String number(String raw) {
            double number = Double.parseDouble(raw);
            if (style != null && isDate(Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number).toLocalDate().toString();
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }

        private boolean isDate(int styleIndex) {
            if (styles == null || styleIndex >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }

    }
}
