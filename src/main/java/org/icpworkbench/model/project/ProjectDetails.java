package org.icpworkbench.model.project;

/** What a user may edit about a project. */
public record ProjectDetails(String name, String clientCompany, String industry, String notes) {

    public static final int MAX_NAME_LENGTH = 200;

    public ProjectDetails {
        name = name == null ? "" : name.strip();
        clientCompany = clientCompany == null ? "" : clientCompany.strip();
        industry = industry == null ? "" : industry.strip();
        notes = notes == null ? "" : notes;
    }

    public static ProjectDetails named(String name) {
        return new ProjectDetails(name, "", "", "");
    }
}
