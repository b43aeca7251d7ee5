package kg.kozomol.analysis;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Results computed by the background job, kept with the version of the definition they answer. */
@Component
class AnalysisResults {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AnalysisResults(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<AnalysisResult> stored(Analysis analysis) {
        return jdbc.sql("select result::text from analysis_result where analysis_id = :id and analysis_version = :version")
                .param("id", analysis.id()).param("version", analysis.version()).query(String.class).optional()
                .map(text -> json.readValue(text, AnalysisResult.class));
    }

    void store(long analysisId, int version, AnalysisResult result) {
        jdbc.sql("""
                insert into analysis_result (analysis_id, analysis_version, result) values (:id, :version, cast(:result as jsonb))
                on conflict (analysis_id) do update set analysis_version = excluded.analysis_version,
                  result = excluded.result, computed_at = now()
                """).param("id", analysisId).param("version", version).param("result", json.writeValueAsString(result))
                .update();
    }
}
