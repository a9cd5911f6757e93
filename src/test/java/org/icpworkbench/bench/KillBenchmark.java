package org.icpworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.icpworkbench.testsupport.KillTrials;

/** kill -9 while typing, 200 rounds ({@code -Dicp.kill.trials=N}): rounds, acknowledged saves and losses (must be 0). */
final class KillBenchmark {

    private KillBenchmark() {
    }

    static List<String[]> rows() throws Exception {
        Path folder = Files.createTempDirectory("icp-bench-kill");
        long start = System.nanoTime();
        KillTrials.Result result = KillTrials.run(folder, KillTrials.trialsFromProperty(200), 20261124L);
        double seconds = (System.nanoTime() - start) / 1e9;
        result.losses().forEach(loss -> System.out.println("LOSS: " + loss));
        return List.of(
                new String[] {"kill -9 while typing: rounds", String.format(Locale.ROOT, "%d (%.0f s)", result.trials(), seconds)},
                new String[] {"kill -9 while typing: saves acknowledged before the kills", String.valueOf(result.acknowledgements())},
                new String[] {"kill -9 while typing: acknowledged answers lost", String.valueOf(result.losses().size())});
    }
}
