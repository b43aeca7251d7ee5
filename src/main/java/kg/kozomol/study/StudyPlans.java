package kg.kozomol.study;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.study.sampling.PlanCalculation;
import kg.kozomol.study.sampling.PlanCalculator;
import kg.kozomol.study.sampling.PlanRules;
import kg.kozomol.study.sampling.PolicyGrade;
import kg.kozomol.study.sampling.SamplingPlan;
import kg.kozomol.study.sampling.Violation;

/** The sampling plan of a study: saving it (each change a new revision of the design) and calculating it. */
@Service
public class StudyPlans {

    static final String ENTITY = "study_plan";

    private final PlanRows rows;
    private final StudyRows studies;
    private final StudyRevisions revisions;
    private final StudyProperties properties;
    private final AuditLog audit;

    StudyPlans(PlanRows rows, StudyRows studies, StudyRevisions revisions, StudyProperties properties, AuditLog audit) {
        this.rows = rows;
        this.studies = studies;
        this.revisions = revisions;
        this.properties = properties;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<StudyPlan> find(long studyId) {
        return rows.find(studyId);
    }

    /** Saves the plan; {@code expectedVersion} is null for a study that had none. */
    @Transactional
    public StudyPlan save(long studyId, Integer expectedVersion, SamplingPlan plan) {
        Study study = studies.find(studyId).orElseThrow(() -> new NotFoundException("study " + studyId));
        study.ensureDesignOpen();
        List<Violation> violations = PlanRules.check(plan);
        if (!violations.isEmpty()) {
            throw new StudyRuleException(violations.get(0).field(), "study.plan.error." + violations.get(0).code());
        }
        Optional<StudyPlan> before = rows.find(studyId);
        Long by = CurrentUser.get().map(KozomolPrincipal::id).orElse(null);
        boolean saved = expectedVersion == null ? before.isEmpty() && rows.insert(studyId, plan, by)
                : rows.update(studyId, expectedVersion, plan, by);
        if (!saved) {
            throw new StaleRecordException(ENTITY + " " + studyId);
        }
        StudyPlan after = rows.find(studyId).orElseThrow();
        if (before.isPresent()) {
            audit.updated(ENTITY, studyId, before.get(), after);
        } else {
            audit.created(ENTITY, studyId, after);
        }
        revisions.record(studyId);
        return after;
    }

    /** The calculation of a plan that breaks no rule, against the configured policy grade. */
    public PlanCalculation calculate(SamplingPlan plan) {
        return PlanCalculator.calculate(plan, policyGrade());
    }

    public PolicyGrade policyGrade() {
        return properties.policyGrade();
    }
}
