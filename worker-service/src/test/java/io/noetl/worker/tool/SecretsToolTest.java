package io.noetl.worker.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsToolTest {

    private final SecretsTool tool = new SecretsTool();

    @Test
    void returnsOnlyTheRequestedFields() {
        TaskResult r = tool.run(Map.of("kind", "secrets", "credential", WorkspaceDb.BASIC, "fields", List.of("username")),
                WorkspaceDb.ctx());
        assertThat(r.data()).isEqualTo(Map.of("credential", WorkspaceDb.BASIC, "type", "http_basic",
                "data", Map.of("username", "u")));
    }

    @Test
    void authIsAnAliasAndWithoutFieldsAllDataComes() {
        TaskResult r = tool.run(Map.of("kind", "secrets", "auth", WorkspaceDb.BASIC), WorkspaceDb.ctx());
        assertThat(WorkspaceDb.data(r)).containsEntry("data", Map.of("username", "u", "password", "p4ss"));
    }

    @Test
    void anUnknownCredentialIsAnAuthErrorAndAMissingFieldAConfigError() {
        assertThat(tool.run(Map.of("credential", "nope"), WorkspaceDb.ctx()).error()).containsEntry("kind", "auth");
        assertThat(tool.run(Map.of("credential", WorkspaceDb.BASIC, "fields", List.of("token")), WorkspaceDb.ctx())
                .error()).containsEntry("kind", "config");
    }
}
