package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** Two uploads of the same new form version at the same moment: one stores it, the other is told it is already there. */
@KozomolTest
class ConcurrentFormUploadIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Forms forms;

    @Test
    void oneUploadWinsAndTheOtherGetsTheLocalisedConflictNeverA500() throws Exception {
        CollectWorld world = new CollectWorld(context);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The first round creates the form at once from both sides; the second adds a new version from both sides.
            for (String version : List.of("1", "2")) {
                byte[] xlsx = XlsFormFixture.schoolAudit(version).bytes();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<MockHttpServletResponse>> posts = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    posts.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return mvc.perform(multipart("/collect/studies/" + world.study.id() + "/forms")
                                .file(new MockMultipartFile("file", "audit.xlsx", null, xlsx)).with(csrf())
                                .with(TestUsers.as(world.researcher))).andReturn().getResponse();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                String refused = "";
                for (Future<MockHttpServletResponse> post : posts) {
                    MockHttpServletResponse response = post.get(60, TimeUnit.SECONDS);
                    statuses.add(response.getStatus());
                    if (response.getStatus() == 422) {
                        refused = response.getContentAsString(StandardCharsets.UTF_8);
                    }
                }
                assertThat(statuses).as("version " + version).containsExactlyInAnyOrder(302, 422);
                assertThat(refused).contains("Версия «" + version + "» этой формы уже загружена");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(forms.ofStudy(world.study.id())).singleElement().satisfies(f -> {
            assertThat(f.currentVersion()).isEqualTo("2");
            assertThat(forms.versions(f.id())).hasSize(2);
        });
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'collect_form'")).isEqualTo(2);
    }
}
