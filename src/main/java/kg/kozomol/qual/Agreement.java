package kg.kozomol.qual;

import java.util.List;

/** The agreement page's answer: the coders compared (in order), the unit and a row per chosen code. */
public record Agreement(List<ProjectMember> coders, AgreementUnit unit, List<AgreementRow> rows) {

    public boolean pairwise() {
        return coders.size() == 2;
    }
}
