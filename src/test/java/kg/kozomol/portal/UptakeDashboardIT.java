package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.brief.Brief;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Recommendation;

/**
 * The uptake dashboard on a known fixture: six recommendations to two bodies, three released in February 2025 and
 * three in May 2026. The lead body answered all six (four accepted), reported two complete, and the CSO assessed one
 * complete; the supporting body answered two (one accepted), too few for a share.
 */
@KozomolTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UptakeDashboardIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired PublicUptake uptake;

    PortalWorld world;

    @BeforeAll
    void sixRecommendationsToTwoBodies() {
        world = new PortalWorld(context);
        Brief brief = world.publishedBrief("Записка о доступности (синтетические данные)", "<p>Резюме.</p>");
        List<Position> lead = List.of(Position.ACCEPTED, Position.ACCEPTED, Position.REJECTED, Position.ACCEPTED,
                Position.PARTIALLY_ACCEPTED, Position.NOTED);
        for (int i = 0; i < 6; i++) {
            Recommendation r = world.released(brief, "Рекомендация номер " + (i + 1));
            world.answer(r, world.lead, lead.get(i), "Обоснование");
            if (i < 2) {
                world.answer(r, world.supporting, i == 0 ? Position.ACCEPTED : Position.REJECTED, "Обоснование");
                world.progress(r, world.lead, Completion.COMPLETE, "Сделано");
            }
            if (i == 0) {
                world.assess(r, world.lead, Completion.COMPLETE, "Выезд на место");
            }
            world.releasedOn(r, i < 3 ? LocalDate.of(2025, 2, 10) : LocalDate.of(2026, 5, 10));
        }
    }

    @Test
    void sharesByBodyThemeYearAndQuarterAreCountedExactlyAndSmallCellsWithheld() {
        UptakeDashboard d = uptake.dashboard(UptakeFilter.none());
        assertThat(d.overall().addressed()).isEqualTo(12);
        assertThat(d.overall().acceptedCell()).isEqualTo(new Share(5, 8));

        assertThat(d.byBody()).hasSize(2);
        UptakeFigures lead = figuresOf(d.byBody(), Long.toString(world.lead.id()));
        assertThat(lead.acceptedCell()).isEqualTo(new Share(4, 6));
        assertThat(lead.selfReportedCell()).isEqualTo(new Share(2, 6));
        assertThat(lead.assessedCell()).isEqualTo(new Share(1, 6));
        assertThat(lead.acceptedCell().value()).isEqualTo(4.0 / 6);
        UptakeFigures supporting = figuresOf(d.byBody(), Long.toString(world.supporting.id()));
        assertThat(supporting.acceptedCell()).isEqualTo(new Share(1, 2));
        assertThat(supporting.acceptedCell().suppressed()).isTrue();
        assertThat(supporting.acceptedCell().value()).isNull();
        assertThat(supporting.selfReportedCell().value()).isEqualTo(0.0);

        assertThat(d.byTheme()).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo(Long.toString(world.theme.id()));
            assertThat(t.figures().acceptedCell()).isEqualTo(new Share(5, 8));
            assertThat(t.figures().selfReportedCell()).isEqualTo(new Share(2, 12));
            assertThat(t.figures().assessedCell()).isEqualTo(new Share(1, 12));
        });

        assertThat(d.byYear()).extracting(UptakeGroup::key).containsExactly("2025", "2026");
        assertThat(figuresOf(d.byYear(), "2025").acceptedCell()).isEqualTo(new Share(3, 5));
        assertThat(figuresOf(d.byYear(), "2026").acceptedCell()).isEqualTo(new Share(2, 3));
        assertThat(figuresOf(d.byYear(), "2026").acceptedCell().suppressed()).isTrue();
        assertThat(d.byQuarter()).extracting(UptakeGroup::key).containsExactly("2025-1", "2026-2");

        UptakeDashboard only2025 = uptake.dashboard(new UptakeFilter(null, null, 2025));
        assertThat(only2025.overall().addressed()).isEqualTo(6);
        assertThat(only2025.byYear()).extracting(UptakeGroup::key).containsExactly("2025");
        UptakeDashboard onlyLead = uptake.dashboard(new UptakeFilter(world.lead.id(), world.theme.id(), null));
        assertThat(onlyLead.byBody()).extracting(UptakeGroup::key).containsExactly(Long.toString(world.lead.id()));
        assertThat(onlyLead.overall().acceptedCell()).isEqualTo(new Share(4, 6));
    }

    @Test
    void thePageShowsEachChartWithItsTableAndTheDashForSmallCells() throws Exception {
        String page = mvc.perform(get("/p/uptake")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("4 из 6").contains("3 из 5").contains("— (меньше 5)")
                .contains("Доля, посчитанная меньше чем из 5 случаев, не показывается");
        assertThat(page.split("<svg", -1)).hasSize(6);
        assertThat(page.split("role=\"img\"", -1)).hasSize(6);
        assertThat(page).contains("<title id=\"chart-body-title\">По государственным органам</title>")
                .contains("aria-labelledby=\"chart-trend-title chart-trend-desc\"").contains("1 кв. 2025").contains("2 кв. 2026");
        // The chart carries the same withheld label as the table: no bar drawn for it.
        int body = page.indexOf("<title id=\"chart-body-title\"");
        String bodyChart = page.substring(body, page.indexOf("</svg>", body));
        assertThat(bodyChart).contains("— (меньше 5)").contains("4 из 6");
        assertThat(page.split("<table", -1)).hasSize(6);
        // Overall: 5 of 8 answers accepted, 2 and 1 of 12 addressees implemented.
        assertThat(page).contains("5 из 8").contains("2 из 12").contains("1 из 12");

        String filtered = mvc.perform(get("/p/uptake").param("year", "2026").param("body", Long.toString(world.lead.id())))
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("selected").doesNotContain("1 кв. 2025").contains("2 кв. 2026");
        var garbage = mvc.perform(get("/p/uptake").param("year", "<script>").param("body", "1 or 1=1")).andReturn().getResponse();
        assertThat(garbage.getStatus()).isEqualTo(200);
        assertThat(garbage.getContentAsString()).contains("4 из 6").doesNotContain("<script>");
    }

    private static UptakeFigures figuresOf(List<UptakeGroup> groups, String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow().figures();
    }
}
