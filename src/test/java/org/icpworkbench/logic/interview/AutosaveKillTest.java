package org.icpworkbench.logic.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icpworkbench.testsupport.KillTrials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a typing child JVM with SIGKILL at random moments, fifty times ({@code -Dicp.kill.trials=N} for more), on one
 * workspace. After every kill the file must open, and every answer must hold at least what the autosaver acknowledged
 * before the kill.
 */
class AutosaveKillTest {

    private static final int KILLS = KillTrials.trialsFromProperty(50);

    @TempDir
    Path temp;

    @Test
    void noAcknowledgedKeystrokeIsLostToKillNine() throws Exception {
        KillTrials.Result result = KillTrials.run(temp, KILLS, 20261123L);

        assertThat(result.losses()).as("answers holding less than was acknowledged").isEmpty();
        assertThat(result.acknowledgements()).as("saves acknowledged over all rounds").isGreaterThan(KILLS);
    }
}
