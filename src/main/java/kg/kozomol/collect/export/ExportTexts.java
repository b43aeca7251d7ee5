package kg.kozomol.collect.export;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The README sheet's texts from the message bundles, in the language of whoever asked for the export. */
@Component
public class ExportTexts {

    private final MessageSource messages;

    ExportTexts(MessageSource messages) {
        this.messages = messages;
    }

    public XlsxReadme readme(Locale locale) {
        return new XlsxReadme() {
            @Override
            public String title() {
                return messages.getMessage("submissions.export.readme.title", null, locale);
            }

            @Override
            public String continued(String table, String firstSheet, List<String> sheets) {
                return messages.getMessage("submissions.export.readme.continued",
                        new Object[] {table, String.join(", ", sheets), XlsxBook.EXCEL_DATA_ROWS}, locale);
            }
        };
    }
}
