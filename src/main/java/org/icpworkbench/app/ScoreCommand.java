package org.icpworkbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.imports.ImportProblem;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.scorecard.ProspectImportPlan;
import org.icpworkbench.logic.scorecard.ScoreFormat;
import org.icpworkbench.logic.scorecard.ProjectScorecards;
import org.icpworkbench.logic.scorecard.ScorecardService;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.scorecard.CustomerScores;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.model.scorecard.ScoredAccount;

/**
 * {@code --score PROJECT [--prospects FILE] [--format text|csv|json]}: the project's customers (or the prospects of
 * FILE, not stored) with score, tier and explanation, then the ICP share (or the count per tier). A project without a
 * saved scorecard is scored against the one proposed from its portrait (else its best segment by CLV), the
 * same the Scorecard page proposes, and the output says so.
 */
final class ScoreCommand {

    private final WorkspaceServices services;
    private final Messages messages;
    private final PrintWriter out;
    private final PrintWriter err;

    ScoreCommand(WorkspaceServices services, Messages messages, PrintWriter out, PrintWriter err) {
        this.services = services;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    int run(long projectId, Path prospectFile, String formatOption, LocalDate asOf,
            org.icpworkbench.logic.customer.imports.ReadOptions readOptions) {
        String format = formatOption == null ? "text" : formatOption.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json").contains(format)) {
            err.println(messages.get("scorecard.cli.format", formatOption));
            return CommandLineApp.USAGE;
        }
        services.projects().find(projectId).join()
                .orElseThrow(() -> new UserFacingException("cli.error.noProject", projectId));
        ScorecardService scorecards = services.scorecards();
        Optional<Scorecard> saved = scorecards.saved(projectId).join();
        Optional<String> derivedFrom = Optional.empty();
        String derivedNotice = "";
        Scorecard scorecard;
        if (saved.isPresent()) {
            if (!saved.get().canScore()) {
                throw new UserFacingException("scorecard.cli.noCriteria", projectId);
            }
            scorecard = saved.get();
        } else {
            ProjectScorecards.Proposal proposal = new ProjectScorecards(services.portraits(), services.customers())
                    .propose(projectId, asOf == null ? LocalDate.now() : asOf, messages).join();
            if (!proposal.scorecard().canScore()) {
                throw new UserFacingException("scorecard.cli.noScorecard", projectId);
            }
            scorecard = proposal.scorecard();
            derivedFrom = Optional.of(proposal.segment());
            derivedNotice = proposal.source() == ProjectScorecards.Source.CUSTOMERS
                    ? messages.get("scorecard.cli.derived", proposal.segment())
                    : messages.get("scorecard.cli.derivedFromPortrait");
        }
        ScoreFormat formatter = new ScoreFormat(messages);
        List<ScoredAccount> accounts;
        ScoreFormat.Report report;
        if (prospectFile != null) {
            ProspectImportPlan plan = scorecards.readProspects(prospectFile, readOptions).join();
            if (!plan.problems().isEmpty()) {
                for (ImportProblem problem : plan.problems()) {
                    err.println(org.icpworkbench.logic.customer.imports.ImportProblemText.line(problem, messages));
                }
                err.println(messages.get("scorecard.cli.rejected", plan.problems().size()));
                return CommandLineApp.FAILED;
            }
            accounts = ScorecardService.score(scorecard, plan.prospects());
            report = new ScoreFormat.Report(scorecard, derivedFrom, accounts, Optional.empty());
        } else {
            CustomerScores scores = scorecards.scoreCustomers(projectId, scorecard).join();
            report = new ScoreFormat.Report(scorecard, derivedFrom, scores.accounts(), Optional.of(scores.share()));
        }
        if (derivedFrom.isPresent() && format.equals("text")) {
            out.println(derivedNotice);
            formatter.criteria(scorecard).forEach(line -> out.println("  " + line));
            out.println();
        } else if (derivedFrom.isPresent()) {
            err.println(derivedNotice);
        }
        switch (format) {
            case "json" -> out.println(formatter.json(report));
            case "csv" -> out.print(formatter.csv(report));
            default -> out.print(formatter.text(report));
        }
        return CommandLineApp.OK;
    }
}
