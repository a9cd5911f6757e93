package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline guarantee: every import, export and report of the command line runs in a JVM watched by strace, which
 * records the network system calls of the process and all its threads. No IPv4 or IPv6 address is ever connected to,
 * bound, or sent to — so not even a DNS query leaves the machine. Two things the JDK does itself are allowed: it
 * creates three unconnected probe sockets when its networking classes load (to learn whether IPv6 exists), and its
 * font configuration (used to draw the PDF's charts) looks up the machine's own name once to name a cache file, which
 * the system answers from /etc/hosts. (.ci/run installs strace.)
 */
class OfflineGuaranteeTest {

    @TempDir
    Path temp;

    @Test
    void theMainFlowsOpenNoNetworkSocket() throws Exception {
        Path trace = temp.resolve("trace.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of("strace", "-f", "-qq", "-e", "trace=socket,connect,bind,sendto,sendmsg,openat", "-o", trace.toString(),
                java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), OfflineFlows.class.getName(),
                temp.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(output).as("the flows' output").contains("OK").doesNotContain("FAILED");
        List<String> calls = Files.readAllLines(trace);
        assertThat(calls).as("strace saw the flows open the workspace").anyMatch(line -> line.contains("workspace.mv.db"));
        assertThat(calls).as("connections, bindings or packets to an IP address").filteredOn(line ->
                (line.contains("connect(") || line.contains("bind(") || line.contains("sendto(") || line.contains("sendmsg("))
                        && line.contains("AF_INET")).isEmpty();
        assertThat(calls).as("sockets other than the JDK's three IPv6 probes").filteredOn(line -> line.contains("socket(AF_INET"))
                .hasSizeLessThanOrEqualTo(3);
        assertThat(temp.resolve("portrait.pdf")).isNotEmptyFile();
        assertThat(temp.resolve("project.icpw")).isNotEmptyFile();
    }
}
