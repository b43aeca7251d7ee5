package kg.kozomol.portal.opendata;

import java.util.List;

/** API query parameters that could not be read; the answer names them. */
class ApiBadRequest extends RuntimeException {

    private final List<String> parameters;

    ApiBadRequest(List<String> parameters) {
        super("malformed parameters " + parameters);
        this.parameters = List.copyOf(parameters);
    }

    List<String> parameters() {
        return parameters;
    }
}
