package kg.kozomol.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.chart.BarChart;
import kg.kozomol.chart.ChartPng;
import kg.kozomol.chart.ChartSvg;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.portal.PortalPaths;

/**
 * A brief's press kit: the page, its chart as SVG and PNG, and the whole kit as a ZIP. Before the brief is public
 * and its embargo has passed, all of them answer "not found", except to the researchers of its organisation, who see
 * a preview that is never cached.
 */
@Controller
class PublicPressKitController {

    private static final String KIT = PortalPaths.BRIEFS + "/{key}/press-kit";

    private final PressKitPages pages;
    private final PressKitBundle bundle;
    private final PortalMeta meta;

    PublicPressKitController(PressKitPages pages, PressKitBundle bundle, PortalMeta meta) {
        this.pages = pages;
        this.bundle = bundle;
        this.meta = meta;
    }

    @GetMapping(KIT)
    String page(@PathVariable("key") String key, Model model, HttpServletRequest request) {
        PressKitPage page = pages.require(key);
        if (!page.preview()) {
            String moved = Canonical.redirectUnless(page.path(), request);
            if (moved != null) {
                return moved;
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        BarChart chart = chart(page, locale);
        model.addAttribute("page", page);
        model.addAttribute("kit", page.kit());
        model.addAttribute("chartSvg", chart == null ? null : ChartSvg.render(chart, "kit-chart"));
        String title = meta.message("portal.kit.heading", page.title().in(locale));
        model.addAttribute("pageMeta", page.preview() ? meta.unlisted(title, page.path())
                : meta.article(title, page.kit().summary().in(locale), page.path()));
        return "portal/press-kit";
    }

    @GetMapping(KIT + "/chart.svg")
    ResponseEntity<byte[]> svg(@PathVariable("key") String key) {
        PressKitPage page = pages.require(key);
        BarChart chart = requireChart(page);
        return file(page, "chart.svg", "image/svg+xml", ChartSvg.render(chart, "chart").getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(KIT + "/chart.png")
    ResponseEntity<byte[]> png(@PathVariable("key") String key) {
        PressKitPage page = pages.require(key);
        return file(page, "chart.png", MediaType.IMAGE_PNG_VALUE, ChartPng.render(requireChart(page)));
    }

    @GetMapping(KIT + ".zip")
    ResponseEntity<byte[]> zip(@PathVariable("key") String key) {
        PressKitPage page = pages.require(key);
        Locale locale = LocaleContextHolder.getLocale();
        return file(page, "press-kit-" + page.briefId() + ".zip", "application/zip",
                bundle.zip(page, chart(page, locale), locale));
    }

    private BarChart requireChart(PressKitPage page) {
        BarChart chart = chart(page, LocaleContextHolder.getLocale());
        if (chart == null) {
            throw new NotFoundException("press kit " + page.briefId() + " has no chart");
        }
        return chart;
    }

    private BarChart chart(PressKitPage page, Locale locale) {
        return page.chart(meta.message("portal.kit.chart.title"),
                meta.message("portal.kit.chart.desc", page.title().in(locale)), locale);
    }

    private static ResponseEntity<byte[]> file(PressKitPage page, String name, String type, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .cacheControl(page.preview() ? CacheControl.noStore().cachePrivate() : CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
