package io.noetl.playbook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.noetl.playbook.PlaybookValidator;
import io.noetl.playbook.validation.ValidationResult;
import io.noetl.playbook.yaml.SafeYaml;
import io.noetl.playbook.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model built from a normalized document: the records services use, identical from the stored payload. */
class PlaybookReaderTest {

    private static final PlaybookValidator VALIDATOR = new PlaybookValidator(text -> Optional.empty());

    @Test
    void helloWorldReadsAsCanonicalRecords() throws IOException {
        Playbook playbook = valid("hello_world.yaml").playbook();

        assertThat(playbook.metadata().path()).isEqualTo("examples/hello_world");
        assertThat(playbook.entryStep().name()).isEqualTo("greet");
        assertThat(playbook.finalStep()).isEmpty();
        Step greet = playbook.step("greet").orElseThrow();
        assertThat(greet.tool().single()).isTrue();
        assertThat(greet.tool().first()).isEqualTo(new Task("greet", greet.tool().first().tool()));
        assertThat(greet.tool().first().tool().kind()).isEqualTo(ToolKind.PYTHON);
        assertThat(greet.tool().first().tool().args()).isEqualTo(Map.of("name", "{{ who }}"));
        assertThat(greet.next()).isEqualTo(new Next(Next.Mode.EXCLUSIVE, Next.OnNoMatch.COMPLETE,
                List.of(new Arc("check", null, Map.of()))));
        Step check = playbook.step("check").orElseThrow();
        assertThat(check.routing()).isTrue();
        assertThat(check.next().arcs()).extracting(Arc::step).containsExactly("long_greeting", "short_greeting");
        assertThat(check.next().arcs().get(1).unconditional()).isTrue();
        assertThat(playbook.step("short_greeting").orElseThrow().leaf()).isTrue();
        assertThat(check.spec().join()).isEqualTo(StepSpec.Join.ANY);
    }

    @Test
    void pipelinesLoopsPoliciesAndDurationsAreTyped() throws IOException {
        Playbook orders = valid("orders_pipeline.yaml").playbook();
        Pipeline fetch = orders.step("fetch_order").orElseThrow().tool();
        assertThat(fetch.single()).isFalse();
        assertThat(fetch.task("download").orElseThrow().tool().timeout()).contains(Duration.ofSeconds(5));
        assertThat(orders.step("greet_customer").orElseThrow().spec().timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(orders.finalStep().map(Step::name)).contains("report");

        Playbook users = valid("users_to_postgres.yaml").playbook();
        Loop save = users.step("save").orElseThrow().loop();
        assertThat(save.iterator()).isEqualTo("user");
        assertThat(save.spec()).isEqualTo(new LoopSpec(LoopSpec.Mode.PARALLEL, 4, LoopSpec.Failure.CONTINUE, true));
        assertThat(users.executor().noNextIsError()).isTrue();
        assertThat(users.step("save").orElseThrow().next().onNoMatch()).isEqualTo(Next.OnNoMatch.FAIL);

        Playbook join = valid("branch_and_join.yaml").playbook();
        assertThat(join.step("summary").orElseThrow().spec().join()).isEqualTo(StepSpec.Join.ALL);
        assertThat(join.step("hot").orElseThrow().next().mode()).isEqualTo(Next.Mode.INCLUSIVE);
    }

    @Test
    void keychainWorkbookAndAdmissionAreTyped() throws IOException {
        Playbook playbook = valid("shorthands_and_aliases.yaml").playbook();

        assertThat(playbook.keychain()).extracting(KeychainEntry::kind).containsExactly(KeychainEntry.Kind.STATIC,
                KeychainEntry.Kind.CREDENTIAL_REF, KeychainEntry.Kind.OAUTH2);
        assertThat(playbook.keychain().get(2).ttl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(playbook.keychain().get(1).scope()).isEqualTo(KeychainEntry.Scope.SHARED);
        assertThat(playbook.workbookTask("ping").orElseThrow().tool().kind()).isEqualTo(ToolKind.HTTP);
        StepSpec done = playbook.step("done").orElseThrow().spec();
        assertThat(done.admit()).isEqualTo(new Admission(List.of(new AdmitRule("{{ ctx.started | default(false) }}", true)), false));
        assertThat(playbook.step("fan_b").orElseThrow().spec().deadline()).isEqualTo(Duration.ofHours(1));
        assertThat(playbook.step("fan_b").orElseThrow().loop().spec().failure()).isEqualTo(LoopSpec.Failure.FAIL_FAST);
        assertThat(playbook.metadata().tags()).containsExactly("nightly");
        assertThat(playbook.metadata().extra()).containsEntry("owner", "ops");
    }

    @Test
    void readingTheStoredPayloadGivesTheSameModel() throws IOException {
        ValidationResult result = valid("orders_pipeline.yaml");
        Map<String, Object> stored = new LinkedHashMap<>(result.normalized());     // as a JSON store hands it back

        assertThat(PlaybookReader.read(stored)).isEqualTo(result.playbook());
    }

    @Test
    void theModelIsImmutable() throws IOException {
        Playbook playbook = valid("hello_world.yaml").playbook();

        assertThatThrownBy(() -> playbook.workflow().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> playbook.workload().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Object> args = playbook.step("greet").orElseThrow().tool().first().tool().args();
        assertThatThrownBy(() -> args.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static ValidationResult valid(String fixture) throws IOException {
        try (InputStream in = PlaybookReaderTest.class.getResourceAsStream("/playbooks/valid/" + fixture)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ValidationResult result = VALIDATOR.validate(new SafeYaml(YamlLimits.defaults()).parse(text));
            assertThat(result.errors()).isEmpty();
            return result;
        }
    }
}
