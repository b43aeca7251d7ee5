package kg.kozomol.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/** The designs of {@code survey-fixtures.R}, built from the same CSV files, by the names used there. */
final class RDesigns {

    static final SurveyData SRS = RFixtures.data("apisrs");
    static final SurveyData STRAT = RFixtures.data("apistrat");
    static final SurveyData CLUS1 = RFixtures.data("apiclus1");
    static final SurveyData CLUS2 = RFixtures.data("apiclus2");

    private RDesigns() {
    }

    static Map<String, SurveyDesign> all() {
        Map<String, SurveyDesign> designs = new LinkedHashMap<>();
        designs.put("srs", SurveyDesign.of(SRS).fpc("fpc").build());
        designs.put("srs_frac", SurveyDesign.of(SRS).fpc("frac").weights("pw").build());
        designs.put("strat", SurveyDesign.of(STRAT).strata("stype").weights("pw").fpc("fpc").build());
        designs.put("strat_prob", SurveyDesign.of(STRAT).strata("stype").probabilities("prob").build());
        designs.put("strat_nest", SurveyDesign.of(STRAT).clusters("dnum").strata("stype").weights("pw").nest(true)
                .build());
        designs.put("clus1", clus1());
        designs.put("clus1_wr", SurveyDesign.of(CLUS1).clusters("dnum").weights("pw").build());
        designs.put("clus2", SurveyDesign.of(CLUS2).clusters("dnum", "snum").fpc("fpc1", "fpc2").build());
        designs.put("clus2_w", SurveyDesign.of(CLUS2).clusters("dnum", "snum").fpc("fpc1", "fpc2").weights("pw")
                .build());
        designs.put("clus2_wr", SurveyDesign.of(CLUS2).clusters("dnum", "snum").weights("pw").build());
        return designs;
    }

    static SurveyDesign clus1() {
        return SurveyDesign.of(CLUS1).clusters("dnum").weights("pw").fpc("fpc").build();
    }

    static SurveyDesign strat() {
        return SurveyDesign.of(STRAT).strata("stype").weights("pw").fpc("fpc").build();
    }

    static SurveyDesign get(String name) {
        return all().get(name);
    }
}
