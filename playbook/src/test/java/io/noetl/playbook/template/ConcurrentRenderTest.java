package io.noetl.playbook.template;

import static io.noetl.playbook.template.Templates.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One engine serves all threads: renders never see each other's data or errors. */
class ConcurrentRenderTest {

    @Test
    void eightThreadsRenderingAtOnceKeepTheirOwnData() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                var context = map("v", i, "missing_on_odd", i % 2 == 0 ? "here" : null);
                results.add(pool.submit(() -> Templates.ENGINE.render(
                        "{% for j in range(3) %}{{ v }}{% endfor %}{{ missing_on_odd | default('-') }}", context, "t")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(30, TimeUnit.SECONDS))
                        .isEqualTo(String.valueOf(i).repeat(3) + (i % 2 == 0 ? "here" : "-"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
