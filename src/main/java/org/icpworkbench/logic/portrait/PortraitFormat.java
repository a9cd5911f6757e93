package org.icpworkbench.logic.portrait;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.List;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.Coverage;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.PortraitSection;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.Proposal;

/**
 * The portrait as text for scripts and wikis: JSON with every characteristic's value, status, evidence counts,
 * coverage and evidence; or Markdown (for Confluence or Notion) with the summary, the sections, the evidence counts,
 * the quotes and the anti-ICP. Quotes in either are only those {@link PortraitQuotes} allows.
 */
public final class PortraitFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PortraitFormat() {
    }

    public static String json(PortraitState state, String projectName) {
        ObjectNode root = JSON.createObjectNode();
        root.put("projectId", state.projectId());
        root.put("project", projectName);
        root.put("asOf", state.metrics().analysisDate().toString());
        root.put("summary", state.summary());
        state.latestVersion().ifPresent(version -> {
            ObjectNode published = root.putObject("latestVersion");
            published.put("number", version.number());
            published.put("publishedAt", version.publishedAt().atOffset(ZoneOffset.UTC).toString());
            published.put("author", version.author());
            published.put("reviewDate", version.reviewDate().toString());
        });
        ArrayNode characteristics = root.putArray("characteristics");
        for (CharacteristicRow row : state.rows()) {
            Proposal proposal = row.proposal();
            ObjectNode item = characteristics.addObject();
            item.put("key", row.characteristic().name());
            item.put("section", row.characteristic().section().name());
            item.put("value", row.value());
            item.put("status", row.decision().map(decision -> decision.status().name()).orElse("PROPOSED"));
            item.put("proposal", proposal.value());
            item.put("supporting", proposal.supporting());
            item.put("considered", proposal.considered());
            ArrayNode match = item.putArray("matchValues");
            row.matchValues().forEach(match::add);
            ArrayNode audiences = item.putArray("audiences");
            proposal.audiences().stream().map(Enum::name).sorted().forEach(audiences::add);
            Coverage coverage = proposal.coverage();
            ObjectNode covered = item.putObject("coverage");
            covered.put("audience", coverage.audience().name());
            covered.put("respondents", coverage.respondents());
            covered.put("needed", coverage.needed());
            covered.put("answers", coverage.answers());
            covered.put("sufficient", coverage.sufficient());
            List<Evidence> listed = proposal.evidence().stream().filter(PortraitQuotes::listable).toList();
            item.put("evidenceCount", listed.size());
            ArrayNode evidence = item.putArray("evidence");
            for (Evidence source : listed) {
                ObjectNode line = evidence.addObject();
                line.put("kind", source.kind().name());
                line.put("text", source.text());
                if (source.kind() != Evidence.Kind.CUSTOMER_DATA) {
                    line.put("interviewId", source.interviewId());
                    line.put("question", source.questionCode());
                    line.put("audience", source.audience() == null ? "" : source.audience().name());
                    line.put("respondent", source.respondent());
                    line.put("role", source.role());
                    line.put("company", source.company());
                    line.put("date", source.date() == null ? "" : source.date().toString());
                }
            }
        }
        ArrayNode anti = root.putArray("antiIcp");
        for (AntiIcpEntry entry : state.antiIcp()) {
            ObjectNode item = anti.addObject();
            item.put("statement", entry.statement());
            item.put("reason", entry.reason());
            item.put("segment", entry.segment());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String markdown(PortraitState state, String projectName, Messages messages) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(messages.get("portrait.md.title", escape(projectName))).append("\n\n");
        state.latestVersion().ifPresent(version -> md.append('_').append(messages.get("portrait.md.version",
                version.number(), version.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                escape(version.author()), version.reviewDate().toString())).append("_\n\n"));
        if (!state.summary().isBlank()) {
            md.append("> ").append(escape(state.summary())).append("\n\n");
        }
        for (PortraitSection section : PortraitSection.values()) {
            List<CharacteristicRow> rows = state.rows().stream().filter(row -> row.characteristic().section() == section).toList();
            md.append("## ").append(messages.name(section)).append("\n\n");
            md.append("| ").append(messages.get("portrait.column.characteristic")).append(" | ")
                    .append(messages.get("portrait.column.value")).append(" | ")
                    .append(messages.get("portrait.column.evidence")).append(" | ")
                    .append(messages.get("portrait.column.coverage")).append(" |\n");
            md.append("|---|---|---|---|\n");
            for (CharacteristicRow row : rows) {
                Proposal proposal = row.proposal();
                Coverage coverage = proposal.coverage();
                md.append("| ").append(messages.name(row.characteristic()))
                        .append(" | ").append(row.value().isBlank() ? "—" : cell(row.value()))
                        .append(" | ").append(proposal.hasEvidence()
                                ? messages.get("portrait.evidence.count", proposal.supporting(), proposal.considered()) : "—")
                        .append(" | ").append(messages.get("portrait.coverage.cell", coverage.respondents(), coverage.needed(),
                                messages.name(coverage.audience())))
                        .append(coverage.sufficient() ? "" : " ⚠").append(" |\n");
            }
            md.append('\n');
            quotes(md, rows, messages);
        }
        md.append("## ").append(messages.get("portrait.antiIcp")).append("\n\n");
        if (state.antiIcp().isEmpty()) {
            md.append(messages.get("portrait.antiIcp.empty")).append("\n");
        }
        for (AntiIcpEntry entry : state.antiIcp()) {
            md.append("- **").append(escape(entry.statement())).append("**");
            if (!entry.reason().isBlank()) {
                md.append(" — ").append(escape(entry.reason()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** The section's quotes under the table, each with the characteristic it supports and who said it. */
    private static void quotes(StringBuilder md, List<CharacteristicRow> rows, Messages messages) {
        StringBuilder lines = new StringBuilder();
        for (CharacteristicRow row : rows) {
            for (Evidence quote : PortraitQuotes.forDocument(row.proposal().evidence())) {
                lines.append("- **").append(messages.name(row.characteristic())).append("**: ")
                        .append(messages.get("portrait.md.quote", escape(unquoted(quote.text())).replaceAll("\\s*\\R\\s*", " "),
                                escape(source(quote, messages))))
                        .append('\n');
            }
        }
        if (!lines.isEmpty()) {
            md.append("### ").append(messages.get("portrait.md.quotes")).append("\n\n").append(lines).append('\n');
        }
    }

    /** "Olga Smirnova, Head of Service, Northwind, 2026-09-08, question 7". */
    private static String source(Evidence quote, Messages messages) {
        String who = java.util.stream.Stream.of(quote.respondent(), quote.role(), quote.company(),
                        quote.date() == null ? "" : quote.date().toString())
                .map(String::strip).filter(part -> !part.isEmpty()).collect(java.util.stream.Collectors.joining(", "));
        return quote.questionCode().isBlank() ? who : messages.get("portrait.md.quote.source", who, quote.questionCode());
    }

    /** The quote without the quotation marks it was typed with: the document adds its own. */
    private static String unquoted(String text) {
        return text.strip().replaceAll("^[\"“”«»„']+|[\"“”«»„']+$", "").strip();
    }

    /** Table cells cannot hold line breaks or unescaped pipes. */
    private static String cell(String text) {
        return escape(text).replace("|", "\\|").replaceAll("\\s*\\R\\s*", "<br>");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
    }
}
