package kg.kozomol.portal.opendata;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import kg.kozomol.platform.web.PageMeta;
import kg.kozomol.portal.PortalPaths;

/** The data dictionary: every dataset, its formats, its API endpoint and its fields; the feeds; the licence. */
@Controller
class DataDictionaryController {

    private final OpenDatasets datasets;
    private final Addresses addresses;
    private final MessageSource messages;

    DataDictionaryController(OpenDatasets datasets, Addresses addresses, MessageSource messages) {
        this.datasets = datasets;
        this.addresses = addresses;
        this.messages = messages;
    }

    /** A dataset as the page describes it. */
    public record Entry(String name, List<String> downloads, String api, List<Column<?>> columns) {}

    @GetMapping(PortalPaths.DATA)
    String dictionary(Model model) {
        List<Entry> entries = datasets.all().stream().map(d -> new Entry(d.name(), downloads(d.name()), d.apiPath(),
                List.<Column<?>>copyOf(d.columns()))).toList();
        model.addAttribute("datasets", entries);
        model.addAttribute("timeline", new Entry("timeline", List.of(), OpenDataPaths.API + "/recommendations/{key}",
                List.<Column<?>>copyOf(OpenDatasets.TIMELINE)));
        model.addAttribute("formats", List.of(TableFormat.values()));
        model.addAttribute("openapi", OpenDataPaths.API + "/openapi.json");
        model.addAttribute("licenceUrl", OpenLicence.URL);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("pageMeta", new PageMeta(messages.getMessage("portal.data.heading", null, locale),
                messages.getMessage("portal.data.lead", null, locale), addresses.absolute(PortalPaths.DATA), "website", true));
        return "portal/data";
    }

    private static List<String> downloads(String dataset) {
        return java.util.Arrays.stream(TableFormat.values()).map(f -> PortalPaths.download(dataset, f.extension(), null)).toList();
    }
}
