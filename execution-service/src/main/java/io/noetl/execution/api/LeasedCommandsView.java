package io.noetl.execution.api;

import io.noetl.platform.model.LeasedCommand;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of `POST /api/commands/lease`: the commands now leased to the caller, possibly none. */
@Schema(name = "LeasedCommands")
public record LeasedCommandsView(List<CommandView> items) {

    static LeasedCommandsView of(List<LeasedCommand> commands) {
        return new LeasedCommandsView(commands.stream().map(CommandView::of).toList());
    }
}
