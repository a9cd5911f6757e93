package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineAppPortraitTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private String sample(String language) {
        Result created = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", language, "--create-sample");
        assertThat(created.exitCode()).as(created.err()).isZero();
        return created.out().strip().split("\t")[0];
    }

    @Test
    void jsonListsEveryCharacteristicWithItsValueAndEvidenceCounts() throws Exception {
        String project = sample("en");

        Result result = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "en", "--portrait", project,
                "--format", "json", "--as-of", "2026-11-23");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertThat(root.get("characteristics")).hasSize(Characteristic.values().length);
        JsonNode channel = null;
        for (JsonNode item : root.get("characteristics")) {
            if (item.get("key").asText().equals("ACQUISITION_CHANNEL")) {
                channel = item;
            }
        }
        assertThat(channel).isNotNull();
        assertThat(channel.get("considered").asInt()).isPositive();
        assertThat(channel.get("supporting").asInt()).isBetween(1, channel.get("considered").asInt());
        assertThat(channel.get("value").asText()).isNotBlank();
        assertThat(channel.get("coverage").get("audience").asText()).isEqualTo("SALES");
        assertThat(channel.get("evidenceCount").asInt()).isEqualTo(channel.get("evidence").size());
        assertThat(root.get("asOf").asText()).isEqualTo("2026-11-23");
    }

    @Test
    void markdownIsTheDefaultAndReadsInRussian() {
        String project = sample("ru");

        Result result = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "ru", "--portrait", project);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("# Портрет идеального клиента: ")
                .contains("## Кто они", "## Как они покупают", "| Отрасль |", "## Антипортрет: кто нам не подходит и почему");
    }

    @Test
    void anUnknownFormatOrProjectIsRefusedOnOneLine() {
        String project = sample("en");

        Result badFormat = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "en", "--portrait", project,
                "--format", "pdf");
        Result noProject = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "en", "--portrait", "999");

        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err().strip()).isEqualTo("Unknown format “pdf” for --portrait: use md or json.");
        assertThat(noProject.exitCode()).isEqualTo(1);
        assertThat(noProject.err().strip().lines()).hasSize(1);
    }
}
