package kg.kozomol.programme.opendata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** Open data of the public programmes: JSON, CSV and IATI activity XML, for anyone without a login. */
@Controller
class ProgrammeDataController {

    static final String PATH = "/p/programme-data";

    private final OpenProgrammes programmes;
    private final JsonMapper mapper;
    private final Clock clock;
    private final IatiReportingOrg reporter;

    ProgrammeDataController(OpenProgrammes programmes, JsonMapper mapper, Clock clock, IatiReportingOrg reporter) {
        this.reporter = reporter;
        this.programmes = programmes;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping(PATH + "/programmes.json")
    void json(HttpServletResponse response) throws IOException {
        start(response, "application/json", "programmes.json");
        mapper.writeValue(response.getOutputStream(), programmes.all().stream().map(ProgrammeJson::of).toList());
    }

    @GetMapping(PATH + "/programmes.csv")
    void csv(HttpServletResponse response) throws IOException {
        start(response, "text/csv;charset=UTF-8", "programmes.csv");
        ProgrammeCsv.write(programmes.all(), response.getOutputStream());
    }

    @GetMapping(PATH + "/iati-activities.xml")
    void iati(HttpServletResponse response) throws IOException {
        start(response, "application/xml", "iati-activities.xml");
        IatiWriter.write(programmes.all(), reporter, clock.instant(), response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String type, String file) {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("kozomol-" + file).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
    }
}
