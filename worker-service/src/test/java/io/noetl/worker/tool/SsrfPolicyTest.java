package io.noetl.worker.tool;

import io.noetl.testsupport.HttpStub;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** reliability.md §4: the deny-private policy judges resolved addresses, whatever the spelling. */
class SsrfPolicyTest {

    private final HttpTool guarded = new HttpTool(SsrfPolicy.denyPrivate(), HttpTool.DEFAULT_MAX_RESPONSE_BYTES);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.1/", "http://2130706433/", "http://[::ffff:127.0.0.1]/",
        "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/", "http://[::1]/", "http://localhost/"})
    void privateAddressesInAnySpellingAreForbidden(String url) {
        TaskResult result = guarded.run(Map.of("kind", "http", "url", url), Contexts.none());

        assertThat(result.error()).containsEntry("kind", "forbidden").containsEntry("retryable", false);
    }

    @Test
    void theLocalStubIsRefusedUnderDenyPrivateButReachableByDefault() {
        try (HttpStub stub = new HttpStub().on("/", 200, "text/plain", "hi")) {
            Map<String, Object> fields = Map.of("kind", "http", "url", stub.url("/"));

            assertThat(guarded.run(fields, Contexts.none()).error()).containsEntry("kind", "forbidden");
            assertThat(stub.seen()).isEmpty();
            assertThat(new HttpTool().run(fields, Contexts.none()).ok()).isTrue();
        }
    }

    @Test
    void publicAddressesPass() throws Exception {
        SsrfPolicy policy = SsrfPolicy.denyPrivate();

        assertThat(policy.refuses(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(policy.refuses(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"))).isFalse();
        assertThat(policy.refuses(InetAddress.getByName("100.64.0.1"))).isTrue();   // carrier-grade NAT
        assertThat(policy.refuses(InetAddress.getByName("fd00:ec2::254"))).isTrue();   // AWS IPv6 metadata
    }
}
