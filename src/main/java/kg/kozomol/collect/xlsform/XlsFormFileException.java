package kg.kozomol.collect.xlsform;

/** The upload is not a readable XLSX (or is a ZIP bomb); {@code code} names the message {@code collect.file.<code>}. */
public class XlsFormFileException extends RuntimeException {

    private final String code;

    public XlsFormFileException(String code) {
        super("xlsform file: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
