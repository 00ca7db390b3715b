package org.tellus.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/** The officer's consultation details form (a mutable bean for Vaadin's BeanValidationBinder). */
public class ConsultationForm {

    @NotBlank(message = "{consultation.title.required}")
    @Size(max = 200, message = "{consultation.title.too-long}")
    private String title = "";
    @NotBlank(message = "{consultation.summary.required}")
    @Size(max = 20000, message = "{consultation.summary.too-long}")
    private String summary = "";
    private LocalDate opensOn;
    private LocalDate closesOn;
    private boolean equalityMonitoring;
    private Audience audience = Audience.PUBLIC;
    private Set<Long> networkIds = Set.of();

    public static ConsultationForm of(String title, String summary, LocalDate opensOn, LocalDate closesOn,
                                      boolean equalityMonitoring) {
        ConsultationForm form = new ConsultationForm();
        form.title = title;
        form.summary = summary;
        form.opensOn = opensOn;
        form.closesOn = closesOn;
        form.equalityMonitoring = equalityMonitoring;
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public boolean isEqualityMonitoring() { return equalityMonitoring; }
    public void setEqualityMonitoring(boolean equalityMonitoring) { this.equalityMonitoring = equalityMonitoring; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    /** The networks whose members are the audience, when the audience is {@link Audience#NETWORKS}. */
    public Set<Long> getNetworkIds() { return networkIds; }
    public void setNetworkIds(Set<Long> networkIds) { this.networkIds = networkIds == null ? Set.of() : Set.copyOf(networkIds); }

    /** This form with the audience set: a network survey for these networks, or public when there are none. */
    public ConsultationForm forNetworks(Set<Long> networks) {
        setAudience(networks.isEmpty() ? Audience.PUBLIC : Audience.NETWORKS);
        setNetworkIds(networks);
        return this;
    }
}
