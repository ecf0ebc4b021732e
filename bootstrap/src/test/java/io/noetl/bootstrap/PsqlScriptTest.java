package io.noetl.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.noetl.bootstrap.PsqlScript.Step;
import io.noetl.bootstrap.PsqlScript.Step.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PsqlScriptTest {

    private static final Map<String, String> VARS = Map.of("db", "demo_noetl", "user", "o'brien\"x", "pw", "p'w");

    @Test
    void substitutesLiteralsAndIdentifiersWithPsqlQuoting() {
        List<Step> steps = PsqlScript.parse("ALTER ROLE :\"user\" PASSWORD :'pw';", VARS);
        assertThat(steps).containsExactly(new Step(Kind.SQL, "ALTER ROLE \"o'brien\"\"x\" PASSWORD 'p''w';"));
    }

    @Test
    void gexecEndsAStatementAndConnectSwitchesDatabase() {
        List<Step> steps = PsqlScript.parse("""
                SELECT format('CREATE DATABASE %I', :'db')
                 WHERE true
                \\gexec
                \\connect :"db"
                SELECT 1;
                """, VARS);
        assertThat(steps).extracting(Step::kind).containsExactly(Kind.GEXEC, Kind.CONNECT, Kind.SQL);
        assertThat(steps.get(0).text()).contains("'demo_noetl'").doesNotContain("gexec");
        assertThat(steps.get(1).text()).isEqualTo("demo_noetl");
    }

    @Test
    void leavesQuotedTextDollarQuotesAndCommentsAlone() {
        List<Step> steps = PsqlScript.parse("""
                -- a comment with :'db' and ; inside
                SELECT ':''db'';', ":'db'";
                DO $b$ BEGIN RAISE NOTICE 'x;y :''db'''; END $b$;
                SELECT 2::text;
                """, VARS);
        assertThat(steps).extracting(Step::text).containsExactly(
                "SELECT ':''db'';', \":'db'\";",
                "DO $b$ BEGIN RAISE NOTICE 'x;y :''db'''; END $b$;",
                "SELECT 2::text;");
    }

    @Test
    void refusesUnknownVariablesAndUnsupportedCommands() {
        assertThatThrownBy(() -> PsqlScript.parse("SELECT :'nope';", VARS)).hasMessageContaining("nope");
        assertThatThrownBy(() -> PsqlScript.parse("\\copy t from x\n", VARS)).hasMessageContaining("unsupported");
    }

    @Test
    void theShippedBootstrapParsesIntoStepsForBothDatabases() {
        List<Step> steps = PsqlScript.parse(DatabaseBootstrap.script(), BootstrapSettings.defaults().psqlVariables());
        assertThat(steps).filteredOn(s -> s.kind() == Kind.CONNECT).extracting(Step::text)
                .containsExactly("noetl", "demo_noetl");
        assertThat(steps).anyMatch(s -> s.text().startsWith("DO $hba$"));
    }
}
