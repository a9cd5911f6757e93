package org.icpworkbench.gui.project;

import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.icpworkbench.logic.coding.AnswerGridService;
import org.icpworkbench.logic.coding.CodingService;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.export.PortraitPdfExporter;
import org.icpworkbench.logic.interview.InterviewService;
import org.icpworkbench.logic.portrait.PortraitService;
import org.icpworkbench.logic.project.CatalogueService;
import org.icpworkbench.logic.project.ProjectService;
import org.icpworkbench.logic.questionnaire.QuestionnaireService;
import org.icpworkbench.logic.scorecard.ScorecardService;
import org.icpworkbench.logic.search.SearchService;

/**
 * Everything the project page's view models need from an open workspace, given to {@link ProjectPageViewModel#attach}
 * in one piece (each time the workspace is opened or reopened), and how the pages open an interview: by id, or at a
 * question ({@code openInterviewAt}: interview id, question id).
 */
public record PageServices(ProjectService projects, InterviewService interviews, QuestionnaireService questionnaires,
        CatalogueService catalogue, AnswerGridService answerGrid, CodingService coding, SearchService search,
        CustomerService customers, PortraitService portraits, PortraitPdfExporter portraitPdf,
        ScorecardService scorecards, LongConsumer openInterview, BiConsumer<Long, Long> openInterviewAt) {
}
