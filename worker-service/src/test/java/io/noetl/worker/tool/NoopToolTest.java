package io.noetl.worker.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NoopToolTest {

    private final NoopTool noop = new NoopTool();

    @Test
    void resultIsTheRenderedArgs() {
        TaskResult result = noop.run(Map.of("kind", "noop", "args", Map.of("x", 1)), Contexts.none());

        assertThat(result.ok()).isTrue();
        assertThat(result.data()).isEqualTo(Map.of("x", 1));
    }

    @Test
    void resultIsNullWithoutArgs() {
        TaskResult result = noop.run(Map.of("kind", "noop"), Contexts.none());

        assertThat(result.ok()).isTrue();
        assertThat(result.data()).isNull();
    }
}
