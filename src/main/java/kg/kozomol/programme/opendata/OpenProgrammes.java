package kg.kozomol.programme.opendata;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import kg.kozomol.identity.Organisations;
import kg.kozomol.programme.IndicatorValues;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeStatus;
import kg.kozomol.programme.Programmes;
import kg.kozomol.programme.ResultsFramework;

/**
 * The programmes that are public: approved by their owner body or later. Drafts and programmes still in public
 * discussion stay inside Kozomol (the national portal publishes the discussion drafts itself).
 */
@Component
class OpenProgrammes {

    static final Set<ProgrammeStatus> PUBLIC = EnumSet.of(ProgrammeStatus.APPROVED, ProgrammeStatus.IN_IMPLEMENTATION,
            ProgrammeStatus.CLOSED);

    private final Programmes programmes;
    private final ResultsFramework framework;
    private final IndicatorValues values;
    private final Organisations organisations;

    OpenProgrammes(Programmes programmes, ResultsFramework framework, IndicatorValues values,
            Organisations organisations) {
        this.programmes = programmes;
        this.framework = framework;
        this.values = values;
        this.organisations = organisations;
    }

    List<OpenProgramme> all() {
        return programmes.all().stream().filter(p -> PUBLIC.contains(p.status())).map(this::open).toList();
    }

    private OpenProgramme open(Programme p) {
        return new OpenProgramme(p, organisations.require(p.ownerBodyId()), framework.tree(p.id()),
                framework.indicators(p.id()), values.of(p.id()));
    }
}
