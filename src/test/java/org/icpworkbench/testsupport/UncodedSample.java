package org.icpworkbench.testsupport;

import org.icpworkbench.logic.coding.CodingService;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Project;

/**
 * The sample project without its tags and coded passages, for tests that code answers themselves and count exactly
 * what they coded. (The sample's portrait, customers and interviews stay.)
 */
public final class UncodedSample {

    private UncodedSample() {
    }

    public static Project create(WorkspaceServices services, Language language) {
        Project project = services.samples().createSample(language).join();
        uncode(services, project.id());
        return project;
    }

    /** Deletes every coded passage and tag of the project. */
    public static void uncode(WorkspaceServices services, long projectId) {
        CodingService coding = services.coding();
        for (CodedPassage passage : coding.allPassages(projectId).join()) {
            coding.deletePassage(passage.id()).join();
        }
        for (TagSummary tag : coding.tags(projectId).join()) {
            coding.deleteTag(tag.tag().id()).join();
        }
    }
}
