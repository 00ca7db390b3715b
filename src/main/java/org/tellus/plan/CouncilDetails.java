package org.tellus.plan;

/** The council's name and contact as the page frame, the report and the set-up page show them. */
public record CouncilDetails(String name, String contactEmail, String contactPhone, String website, boolean hasLogo,
                             long version) {

    public CouncilDetails {
        name = name == null ? "" : name.strip();
        contactEmail = contactEmail == null ? "" : contactEmail.strip();
        contactPhone = contactPhone == null ? "" : contactPhone.strip();
        website = website == null ? "" : website.strip();
    }
}
