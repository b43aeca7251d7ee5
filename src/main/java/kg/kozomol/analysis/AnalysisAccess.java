package kg.kozomol.analysis;

import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;

/**
 * Datasets and analyses belong to the team of their study: researchers and coordinators of its organisation. To
 * anyone else they do not exist (404), since respondents' data must not even be seen to be there.
 */
@Component
public class AnalysisAccess {

    private final Studies studies;
    private final StudyAccess access;
    private final Datasets datasets;
    private final Analyses analyses;

    AnalysisAccess(Studies studies, StudyAccess access, Datasets datasets, Analyses analyses) {
        this.studies = studies;
        this.access = access;
        this.datasets = datasets;
        this.analyses = analyses;
    }

    public Study study(long studyId, KozomolPrincipal user) {
        Study study = studies.find(studyId).orElseThrow(() -> new NotFoundException("study " + studyId));
        if (!access.canEdit(study, user)) {
            throw new NotFoundException("study " + studyId);
        }
        return study;
    }

    public Dataset dataset(long datasetId, KozomolPrincipal user) {
        Dataset dataset = datasets.find(datasetId).orElseThrow(() -> new NotFoundException("dataset " + datasetId));
        study(dataset.studyId(), user);
        return dataset;
    }

    public Analysis analysis(long analysisId, KozomolPrincipal user) {
        Analysis analysis = analyses.find(analysisId).orElseThrow(() -> new NotFoundException("analysis " + analysisId));
        study(analysis.studyId(), user);
        return analysis;
    }
}
