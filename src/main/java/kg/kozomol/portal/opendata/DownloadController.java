package kg.kozomol.portal.opendata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.portal.PublicRecommendation;
import kg.kozomol.portal.PublicTracker;
import kg.kozomol.portal.Slugs;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads of the public lists as CSV, XLSX or JSON, with the filters of the page they are linked from. Items are
 * written to the response as they are read, so a download of every recommendation needs no more memory than a page.
 */
@Controller
class DownloadController {

    private final OpenDatasets datasets;
    private final PublicTracker tracker;
    private final OpenRecords records;
    private final MessageSource messages;
    private final JsonMapper mapper;

    DownloadController(OpenDatasets datasets, PublicTracker tracker, OpenRecords records, MessageSource messages,
            JsonMapper mapper) {
        this.datasets = datasets;
        this.tracker = tracker;
        this.records = records;
        this.messages = messages;
        this.mapper = mapper;
    }

    @GetMapping(OpenDataPaths.DATA + "/{dataset}.{format}")
    void list(@PathVariable("dataset") String name, @PathVariable("format") String extension,
            @RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        OpenDataset<?> dataset = datasets.named(name).orElseThrow(() -> new NotFoundException("dataset " + name));
        write(dataset, format(extension), parameters, RequestedLanguage.of(parameters.get("lang")), response);
    }

    @GetMapping(OpenDataPaths.DATA + "/recommendations/{key}/timeline.{format}")
    void timeline(@PathVariable("key") String key, @PathVariable("format") String extension,
            @RequestParam(name = "lang", required = false) String lang, HttpServletResponse response) throws IOException {
        TableFormat format = format(extension);
        long id = Slugs.requireId(key);
        PublicRecommendation recommendation = tracker.recommendation(id).orElseThrow(() -> new NotFoundException("public recommendation " + key));
        List<OpenEvent> events = records.timeline(recommendation);
        write(new OpenDataset<>("timeline-" + id, OpenDatasets.TIMELINE, null, (p, each) -> events.forEach(each)), format,
                Map.of(), RequestedLanguage.of(lang), response);
    }

    private static TableFormat format(String extension) {
        return TableFormat.of(extension).orElseThrow(() -> new NotFoundException("format " + extension));
    }

    private <T> void write(OpenDataset<T> dataset, TableFormat format, Map<String, String> parameters, Locale locale,
            HttpServletResponse response) throws IOException {
        List<String> headers = dataset.columns().stream()
                .map(c -> messages.getMessage("portal.data.field." + c.key(), null, locale)).toList();
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("kozomol-" + dataset.name() + "." + format.extension()).build().toString());
        response.setHeader(HttpHeaders.LINK, OpenLicence.LINK);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        OutputStream out = response.getOutputStream();
        TableWriter<T> writer = format.writer(out, dataset.name(), dataset.columns(), headers, locale, mapper);
        dataset.each(parameters, item -> {
            try {
                writer.row(item);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.finish();
        out.flush();
    }
}
