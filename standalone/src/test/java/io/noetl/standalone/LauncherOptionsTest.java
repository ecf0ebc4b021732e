package io.noetl.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.noetl.bootstrap.PgServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LauncherOptionsTest {

    private static final Path ROOT = Path.of("/repo");

    private static LauncherOptions parse(String... args) throws UsageError {
        return LauncherOptions.parse(List.of(args), ROOT);
    }

    @Test
    void withoutOptionsUsesTheEmbeddedServerOnAFixedPortUnderDotNoetl() throws UsageError {
        LauncherOptions options = parse("standalone");

        assertThat(options.help()).isFalse();
        assertThat(options.fresh()).isFalse();
        assertThat(options.embedded()).isTrue();
        assertThat(options.dataDir()).isEqualTo(Path.of("/repo/.noetl"));
        assertThat(options.pgPort()).isEqualTo(15432);
    }

    @Test
    void readsEveryOptionInBothSpellings() throws UsageError {
        LauncherOptions options = parse("standalone", "--fresh", "--data-dir", "tmp/data", "--pg-port=15999");

        assertThat(options.fresh()).isTrue();
        assertThat(options.dataDir()).isEqualTo(Path.of("/repo/tmp/data"));
        assertThat(options.pgPort()).isEqualTo(15999);
        assertThat(parse("standalone", "--data-dir=/abs/dir").dataDir()).isEqualTo(Path.of("/abs/dir"));
    }

    @Test
    void pgUrlNamesAnExternalServerAndItsSuperuser() throws UsageError {
        LauncherOptions options = parse("standalone", "--pg-url", "postgresql://admin:s3cr%40t+1@db.local:6543");

        assertThat(options.embedded()).isFalse();
        assertThat(options.externalServer()).isEqualTo(new PgServer("db.local", 6543, "admin", "s3cr@t+1"));
    }

    @Test
    void pgUrlDefaultsToPort5432AndUserPostgresWithoutPassword() throws UsageError {
        assertThat(PgUrl.parse("postgres://db.local")).isEqualTo(new PgServer("db.local", 5432, "postgres", null));
        assertThat(PgUrl.parse("postgresql://me@localhost:5433/"))
                .isEqualTo(new PgServer("localhost", 5433, "me", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "standalone --bogus                                   | unknown option '--bogus'",
        "standalone -x                                        | unknown option '-x'",
        "standalone --fresh=yes                               | --fresh takes no value",
        "standalone --pg-port                                 | --pg-port needs a value",
        "standalone --data-dir --fresh                        | --data-dir needs a value",
        "standalone --data-dir=                               | --data-dir needs a value",
        "standalone --pg-port 0                               | must be a TCP port",
        "standalone --pg-port 70000                           | must be a TCP port",
        "standalone --pg-port abc                             | must be a TCP port",
        "standalone --pg-url http://h:1                       | must look like postgresql://",
        "standalone --pg-url postgresql://h:1/noetl           | names a server, not a database",
        "standalone --pg-url postgresql://h:1?sslmode=require | takes no query parameters",
        "standalone --pg-url postgresql://h:1 --pg-port 5     | with --pg-url the port is in the URL",
        "standalone --pg-url postgresql://h:1 --fresh         | cannot reset a --pg-url server",
        "start                                                | unknown command 'start'",
    })
    void refusesWhatItCannotHonour(String args, String message) {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of(args.trim().split(" +")), ROOT))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining(message);
    }

    @Test
    void noCommandIsAUsageError() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of(), ROOT)).isInstanceOf(UsageError.class);
    }

    @Test
    void helpEndsParsingSoLaterWordsAreNotJudged() throws UsageError {
        assertThat(parse("help").help()).isTrue();
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("standalone", "--fresh", "-h").help()).isTrue();
        assertThat(parse("standalone", "--help", "--bogus").help()).isTrue();
    }
}
