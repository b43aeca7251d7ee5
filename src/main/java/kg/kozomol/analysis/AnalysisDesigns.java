package kg.kozomol.analysis;

import java.util.List;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.stats.SurveyDesign;

/** Saved analyses as designs for other modules: the analysis's dataset with its design spec applied. */
@Component
public class AnalysisDesigns {

    private final Analyses analyses;
    private final Datasets datasets;

    AnalysisDesigns(Analyses analyses, Datasets datasets) {
        this.analyses = analyses;
        this.datasets = datasets;
    }

    /** The saved analyses of a study's datasets. */
    public List<Analysis> ofStudy(long studyId) {
        return datasets.ofStudy(studyId).stream().flatMap(d -> analyses.ofDataset(d.id()).stream()).toList();
    }

    /** The design the saved analysis estimates on, over its dataset's rows. */
    public SurveyDesign design(Analysis analysis) {
        Dataset dataset = datasets.find(analysis.datasetId())
                .orElseThrow(() -> new NotFoundException("dataset " + analysis.datasetId()));
        return AnalysisEngine.design(datasets.data(dataset), analysis.definition());
    }
}
