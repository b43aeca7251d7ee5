package kg.kozomol.qual;

import java.time.LocalDate;

/** What a participant agreed to, on which form; a withdrawal locks every transcript of the case. */
public record Consent(boolean recording, boolean quotation, boolean archiving, boolean transfer, LocalDate givenOn,
        String formVersion, LocalDate withdrawnOn) {

    public boolean withdrawn() {
        return withdrawnOn != null;
    }
}
