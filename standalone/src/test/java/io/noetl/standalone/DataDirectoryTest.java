package io.noetl.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void freshDeletesWhatTheLauncherCreated() throws IOException {
        DataDirectory dir = new DataDirectory(tmp.resolve(".noetl"));
        dir.createFolders();
        Files.createDirectories(dir.pgdata().resolve("base"));
        Files.writeString(dir.log(Service.WORKER), "old run");
        Files.writeString(dir.encryptionKeyFile(), "key");

        dir.wipe();

        assertThat(dir.root()).doesNotExist();
    }

    @Test
    void freshRefusesAFolderHoldingAnythingElse() throws IOException {
        DataDirectory dir = new DataDirectory(tmp);   // e.g. a mistyped --data-dir pointing at a project
        dir.createFolders();
        Files.writeString(tmp.resolve("thesis.tex"), "years of work");

        assertThatThrownBy(dir::wipe).hasMessageContaining("refuses to delete").hasMessageContaining("thesis.tex");
        assertThat(tmp.resolve("thesis.tex")).exists();
        assertThat(dir.logs()).exists();
    }

    @Test
    void aStalePostmasterPidFileIsNotARunningServer() throws IOException {
        DataDirectory dir = new DataDirectory(tmp);
        Files.createDirectories(dir.pgdata());
        // This JVM's pid is alive, but it is not a postgres: a pid reused after a crash must not block a start.
        Files.writeString(dir.pgdata().resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n/data\n");

        assertThat(dir.livePostmaster()).isEmpty();
    }
}
